"""Describing an object in a few characters, without running the program's code.

A trace shows thousands of values, so each must be short: ``[1, 2, 3, …]``
rather than a list of a million items. And looking must not change what is
looked at. Calling ``repr()`` on an object of the program's own class would
run the program's ``__repr__`` (which could print, loop, or fail) in the
middle of someone else's instruction. So:

- numbers, strings, bytes, ``None`` and the other built-in atoms are shown
  with their own ``repr``, cut to a length;
- lists, tuples, dicts and sets are shown item by item, each item short, up to
  the length limit;
- bound methods and exceptions are described piece by piece, each piece short;
- any other object is shown with ``repr()`` only when that cannot run the
  program's code: when its ``__repr__`` is a function of the host Python
  (clearpy's own classes), or its type is one whose built-in ``repr`` looks
  at nothing but names and addresses (classes, modules, functions, code,
  ranges). A built-in ``repr`` is not enough: the repr of a bound method,
  a ``deque`` or an exception calls the repr of what it contains, which can be
  the program's. Everything else is shown as ``<Point object at 0x…>``, as
  ``object.__repr__`` would, without calling anything.
"""

import types

ELLIPSIS = "…"
DEFAULT_LIMIT = 40

# The types whose items we show ourselves (their exact repr is recursive).
_CONTAINERS = {list: ("[", "]"), tuple: ("(", ")"), set: ("{", "}"),
               frozenset: ("frozenset({", "})"), dict: ("{", "}")}

# Methods of the host: a built-in (C) method, or a function of the host Python.
_HOST_CODE = (types.BuiltinFunctionType, types.WrapperDescriptorType,
              types.MethodDescriptorType, types.FunctionType, types.MethodWrapperType)

# Types whose built-in repr shows only names and addresses, never the repr of
# another object.
_SAFE_REPR = (type, types.BuiltinFunctionType, types.FunctionType, types.CodeType,
              range, types.CellType, types.WrapperDescriptorType, types.MethodDescriptorType)
_SAFE_REPR_METHODS = {cls.__repr__ for cls in _SAFE_REPR}

# Integers longer than this many bits are not converted to decimal (slow, and
# limited by sys.set_int_max_str_digits).
_BIG_INT_BITS = 512


def class_attribute(cls: type, name: str):
    """``name`` looked up along ``cls``'s MRO without calling any descriptor."""
    for klass in cls.__mro__:
        found = klass.__dict__.get(name, _MISSING)
        if found is not _MISSING:
            return found
    return None


_MISSING = object()


def is_host_method(cls: type, name: str) -> bool:
    """Is ``cls.name`` host code, safe to call while the program is paused?"""
    return isinstance(class_attribute(cls, name), _HOST_CODE)


def type_name(obj) -> str:
    """The name of ``obj``'s type, as a program would print ``type(obj).__name__``."""
    return getattr(type(obj), "__name__", "?")


def default_repr(obj) -> str:
    """What ``object.__repr__`` says, worked out without calling it."""
    return f"<{type_name(obj)} object at {id(obj):#x}>"


def short_repr(obj, limit: int = DEFAULT_LIMIT) -> str:
    """``obj`` described in about ``limit`` characters (see the module docstring)."""
    return _describe(obj, limit, depth=0, seen=set())


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:max(limit - 1, 1)] + ELLIPSIS


def _describe(obj, limit: int, depth: int, seen: set) -> str:
    kind = type(obj)
    if obj is None or kind in (bool, float, complex) or obj is Ellipsis:
        return _cut(repr(obj), limit)
    if kind is int:
        if obj.bit_length() > _BIG_INT_BITS:
            return f"<int of about {int(obj.bit_length() * 0.30103) + 1} digits>"
        return _cut(repr(obj), limit)
    if kind in (str, bytes, bytearray):
        # repr() of a slice, so that a long string is not copied whole.
        text = repr(obj[:limit])
        cut = len(obj) > limit
        if len(text) > limit:
            text, cut = text[:limit - 1], True
        return text + ELLIPSIS if cut else text
    if kind in _CONTAINERS:
        return _describe_container(obj, kind, limit, depth, seen)
    if kind is types.MethodType:
        owner = _describe(obj.__self__, max(limit // 2, 12), depth + 1, seen)
        name = getattr(obj.__func__, "__qualname__", "?")
        return _cut(f"<bound method {name} of {owner}>", limit)
    if isinstance(obj, BaseException) and not isinstance(class_attribute(kind, "__repr__"), types.FunctionType):
        arguments = ", ".join(_describe(argument, max(limit // 2, 12), depth + 1, seen)
                              for argument in obj.args[:3])
        return _cut(f"{type_name(obj)}({arguments})", limit)
    if isinstance(obj, types.ModuleType):
        # (module.__repr__ asks the module's loader and spec, which can be the program's.)
        name = obj.__dict__.get("__name__")
        return _cut(f"<module {name!r}>" if isinstance(name, str) else default_repr(obj), limit)
    method = class_attribute(kind, "__repr__")
    if not isinstance(method, types.FunctionType) and not (
            isinstance(obj, _SAFE_REPR) and method in _SAFE_REPR_METHODS):
        return default_repr(obj)
    try:
        text = repr(obj)
    except Exception:
        return default_repr(obj)
    if not isinstance(text, str):
        return default_repr(obj)
    return _cut(text, limit)


def _describe_container(obj, kind, limit: int, depth: int, seen: set) -> str:
    if id(obj) in seen:
        return {list: "[...]", dict: "{...}"}.get(kind, "(...)")
    if not obj:
        return {list: "[]", tuple: "()", dict: "{}", set: "set()", frozenset: "frozenset()"}[kind]
    opening, closing = _CONTAINERS[kind]
    seen.add(id(obj))
    parts = []
    length = len(opening) + len(closing)
    items = obj.items() if kind is dict else obj
    item_limit = max(limit // 2, 8)
    complete = True
    for item in items:
        if depth >= 2:
            complete = False
            break
        if kind is dict:
            key, value = item
            part = (_describe(key, item_limit, depth + 1, seen) + ": "
                    + _describe(value, item_limit, depth + 1, seen))
        else:
            part = _describe(item, item_limit, depth + 1, seen)
        if parts and length + len(part) + 2 > limit:
            complete = False
            break
        parts.append(part)
        length += len(part) + 2
    seen.discard(id(obj))
    if kind is tuple and len(obj) == 1 and complete:
        return f"({parts[0]},)"
    body = ", ".join(parts)
    if not complete:
        body = (body + ", " if body else "") + ELLIPSIS
    return opening + body + closing
