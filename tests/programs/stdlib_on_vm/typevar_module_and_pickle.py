# Objects that record the module that created them (TypeVar, namedtuple, Enum functional API) see the caller.
import collections
import enum
import pickle
import typing
T = typing.TypeVar("T")
Pair = collections.namedtuple("Pair", "left right")
Mood = enum.Enum("Mood", "HAPPY SAD")
print(T.__module__, Pair.__module__, Mood.__module__)
print(pickle.loads(pickle.dumps(T)) is T, pickle.loads(pickle.dumps(Pair(1, 2))), pickle.loads(pickle.dumps(Mood.SAD)))
print(typing.Union[T, str] == typing.Union[T, str], typing.List[T][int], repr(typing.Optional[T]))
