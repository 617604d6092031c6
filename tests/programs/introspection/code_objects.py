# Code object attributes of interpreted functions: names, constants, flags, line table.
import dis
def sample(a, b=2, *args, c, **kw):
    """doc"""
    local = a + b
    def inner():
        return local
    return inner
code = sample.__code__
print(code.co_name, code.co_qualname, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames, code.co_cellvars, code.co_freevars, code.co_names, code.co_nlocals)
print(code.co_consts[0], code.co_firstlineno, code.co_flags & 0b1111, code.co_stacksize > 0)
print([line for _, _, line in code.co_lines()][:4], list(dis.findlinestarts(code))[:2])
print(sorted({i.opname for i in dis.get_instructions(sample)})[:6])
print(code.replace(co_name="renamed").co_name, code == sample.__code__, hash(code) == hash(sample.__code__))
inner = sample(1, c=3)
print(inner.__code__.co_freevars, inner(), [cell.cell_contents for cell in inner.__closure__])
positions = list(inner.__code__.co_positions())
print(len(positions) > 0, all(len(p) == 4 for p in positions))
import types
new_code = compile("def made(): return 'compiled'", "<s>", "exec").co_consts[0]
print(type(new_code).__name__, types.FunctionType(new_code, {})())
