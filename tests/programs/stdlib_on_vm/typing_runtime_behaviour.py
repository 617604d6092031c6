# typing at run time: generics, TypeVar, Protocol with runtime_checkable, NamedTuple, TypedDict, 3.12 type syntax.
from typing import Generic, TypeVar, Protocol, runtime_checkable, NamedTuple, TypedDict, get_type_hints, Optional
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
print(Box[int](3).item, Box[int], Box.__parameters__, Box[str].__origin__ is Box)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        pass
print(isinstance(File(), Closable), isinstance(3, Closable))
class Employee(NamedTuple):
    name: str
    id: int = 0
print(Employee("ann"), Employee._fields, Employee.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
print(Movie(title="x", year=1), Movie.__required_keys__ == {"title", "year"})
def annotated(a: int, b: Optional[str] = None) -> list[int]:
    return [a]
print(get_type_hints(annotated))
type Pair[K] = tuple[K, K]
print(Pair, Pair.__value__, Pair[int], type(Pair).__name__)
def first[X](items: list[X]) -> X:
    return items[0]
print(first([5, 6]), first.__type_params__)
class Stack[E]:
    def __init__(self):
        self.items: list[E] = []
print(Stack.__type_params__, Stack[int])
