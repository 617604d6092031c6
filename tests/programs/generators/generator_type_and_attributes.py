# The types of generators, coroutines and async generators, their reprs, docs and public attributes.
import types
def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
g, c, a = gen(), coro(), agen()
print(type(g), type(c), type(a), types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
print(type(g) is types.GeneratorType, type(c) is types.CoroutineType, type(a) is types.AsyncGeneratorType)
print([name for name in dir(g) if not name.startswith("_")])
print([name for name in dir(c) if not name.startswith("_")])
print([name for name in dir(a) if not name.startswith("_")])
print(g.__next__.__doc__, g.send.__doc__.splitlines()[0], type(g).__module__, type(g).__qualname__)
print(isinstance(g, types.GeneratorType), issubclass(type(g), __import__("collections.abc").abc.Generator))
try:
    g.__name__ = 7
except TypeError as error:
    print("TypeError:", error)
import copy
try:
    copy.copy(g)
except TypeError as error:
    print("TypeError:", error)
c.close()
