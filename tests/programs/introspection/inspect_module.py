# inspect on interpreted code: signature, getsource, stack, getmembers, getfullargspec, unwrap.
import inspect
import functools
def example(a, b: int = 2, *args, c, d="x", **kwargs) -> str:
    """Example function."""
    return "ok"
sig = inspect.signature(example)
print(sig, list(sig.parameters), sig.parameters["b"].annotation, sig.return_annotation)
print(sig.bind(1, c=3).arguments, inspect.getfullargspec(example).kwonlyargs)
print(inspect.getsource(example).splitlines()[0], inspect.getdoc(example), inspect.getsourcelines(example)[1])
class Shape:
    sides = 0
    def area(self):
        return 0
    @property
    def name(self):
        return "shape"
print([name for name, _ in inspect.getmembers(Shape) if not name.startswith("__")])
print(inspect.isfunction(example), inspect.ismethod(Shape().area), inspect.isclass(Shape), inspect.ismodule(inspect))
def where_am_i():
    frame_info = inspect.stack()[0]
    caller_info = inspect.stack()[1]
    return frame_info.function, frame_info.lineno, caller_info.function, caller_info.code_context[0].strip()
print(where_am_i())
@functools.wraps(example)
def wrapper(*args, **kwargs):
    return example(*args, **kwargs)
print(inspect.signature(wrapper), inspect.unwrap(wrapper) is example)
print(inspect.getmodule(example).__name__, inspect.getfile(example) == __file__, inspect.currentframe().f_code.co_name)
print(inspect.signature(Shape.area), inspect.signature(lambda x, /, y=1: 0), str(inspect.signature(len)))
print(inspect.getattr_static(Shape(), "name").__class__.__name__, inspect.isabstract(Shape))
print(inspect.getclosurevars(lambda: sig).globals.keys())
