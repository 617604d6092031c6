# PEP 695 and typing's constructors: type parameters, lazy bounds and alias
# values, *Ts unpacked for Generic, __module__ from the calling module.
from typing import TypeVar, ParamSpec, TypeVarTuple, TypeAliasType
class Class3[X, *Y, **Z]: ...
print(Class3.__type_params__, Class3.__orig_bases__ if hasattr(Class3, "__orig_bases__") else None, Class3.__mro__)
type Alias[T] = list[Undefined]
print(Alias, Alias.__module__, Alias.__type_params__)
try:
    Alias.__value__
except NameError as e:
    print("NameError", e)
def f[T: int, U: (str, bytes), *Ts, **P](x: T) -> U: pass
T, U, Ts, P = f.__type_params__
print(T.__bound__, U.__constraints__, T.__module__, Ts, P, T.__infer_variance__)
class Lazy[T: Later]: pass
Later = float
print(Lazy.__type_params__[0].__bound__)
print(Class3[int, str, bytes, [float]])
T = TypeVar("T", bound=int)
print(T.__module__, ParamSpec("P").__module__, TypeVarTuple("Ts").__module__)
A = TypeAliasType("A", list[T], type_params=(T,))
print(A.__module__, A.__value__, A.__type_params__)
try:
    TypeVar("X", int)
except TypeError as e:
    print(e)
try:
    TypeAliasType()
except TypeError as e:
    print(e)
import pickle
print(pickle.loads(pickle.dumps(A)) is A)
