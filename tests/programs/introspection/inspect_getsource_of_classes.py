# inspect.getsource/getsourcelines/getcomments on classes, methods, lambdas and nested functions.
import inspect
# A comment describing Example.
class Example:
    """Docstring."""
    def method(self, x):
        return x * 2
    def nested(self):
        def helper():
            return "inner"
        return helper
square = lambda n: n * n
print(inspect.getsource(Example).splitlines()[:3])
print(inspect.getsource(Example.method))
print(inspect.getsourcelines(Example.nested(Example()))[1], inspect.getsource(square).strip())
print(repr(inspect.getcomments(Example)))
print(inspect.getdoc(Example), inspect.getdoc(Example.method), inspect.cleandoc("  a\n    b"))
print(inspect.getmodulename(__file__), inspect.getmro(Example)[0].__name__)
lines, start = inspect.findsource(Example)
print(start, lines[start].rstrip())
