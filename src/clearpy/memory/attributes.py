"""Reading an instance's attributes without changing the instance.

In Python 3.12 an ordinary instance has no ``__dict__`` of its own at first:
its attributes are kept *inline*, in a small array of values right after the
object, and their names in one table shared by every instance of the class
(PEP 412's key-sharing, made compact in 3.11). The dict appears only when
someone asks for it: ``obj.__dict__``, ``vars(obj)``, ``dir(obj)``,
``copy.copy(obj)``, even ``hasattr(obj, "__dict__")`` *materialize* it, and
from then on the instance carries a real dict object.

That would be a visible change: one more object, tracked by the cycle
collector, so ``gc.collect()`` would report two objects freed for each
instance of a dead cycle instead of one. An inspector must not do that. So
this module reads attributes the way the interpreter itself does:

- ``gc.get_referents(obj)`` lists what the object refers to, without
  materializing anything: the values of its ``__slots__``, then either its
  dict (if it has one already) or its inline values, then its class;
- the names come from the class's ``__slots__``, and, for inline values, from
  the names the program could have used (``attribute_names``): each is looked
  up with ``object.__getattribute__``, which reads inline values directly;
- the answer is checked: every value must be accounted for. Values whose
  name could not be found (an attribute set with ``setattr`` and a computed
  name) are still listed, under the name ``?``.

No code of the program runs: a name is looked up only where the class has
no attribute of that name that could run code (a property, a descriptor
written in Python).
"""

import gc
import linecache
import re
import weakref
import types
from collections import Counter

from clearpy.memory.short_repr import class_attribute

# Py_TPFLAGS_MANAGED_DICT (CPython 3.12, Include/object.h): the instance's
# dict (or inline values) lives before the object, managed by the interpreter.
_MANAGED_DICT = 1 << 4
UNKNOWN_NAME = "?"


def has_instance_dict(obj) -> bool:
    """Can ``obj`` have a ``__dict__``? (Asked of its class, so that asking
    does not create one, as ``hasattr(obj, "__dict__")`` would.)"""
    cls = type(obj)
    return bool(cls.__flags__ & _MANAGED_DICT) or getattr(cls, "__dictoffset__", 0) != 0


def slot_names(cls: type) -> list:
    """The names of the ``__slots__`` of ``cls`` and its bases (not ``__dict__``
    and ``__weakref__``)."""
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ("__dict__", "__weakref__") and name not in names:
                names.append(name)
    return names


def slot_values(obj) -> list:
    """``(name, value)`` for each filled ``__slots__`` entry of ``obj``."""
    cls = type(obj)
    found = []
    for name in slot_names(cls):
        descriptor = class_attribute(cls, name)
        if isinstance(descriptor, types.MemberDescriptorType):
            try:
                found.append((name, descriptor.__get__(obj, cls)))
            except AttributeError:       # a slot not filled yet
                pass
    return found


def existing_dict(obj, attribute_names=()):
    """``obj``'s ``__dict__`` if it exists already, else None (never creates it)."""
    if not has_instance_dict(obj):
        return None
    referents = _own_referents(obj)
    dicts = [value for value in referents if type(value) is dict]
    if not dicts:
        return None
    if type(obj).__flags__ & _MANAGED_DICT:
        # Inline values, or the dict alone? A single dict could also be the
        # value of the only inline attribute: then one of its names finds it.
        if len(referents) != 1 or _inline_attributes(obj, attribute_names) is not None:
            return None
        return referents[0]
    # It exists (the dict pointer is set): asking for it creates nothing.
    try:
        namespace = object.__getattribute__(obj, "__dict__")
    except (AttributeError, TypeError):
        return None
    return namespace if any(candidate is namespace for candidate in dicts) else None


def _own_referents(obj) -> list:
    """What ``obj`` refers to besides its class and its ``__slots__`` values."""
    referents = gc.get_referents(obj)
    leave_out = Counter(id(value) for _, value in slot_values(obj))
    leave_out[id(type(obj))] += 1
    kept = []
    for value in referents:
        if leave_out[id(value)]:
            leave_out[id(value)] -= 1
        else:
            kept.append(value)
    return kept


def instance_attributes(obj, attribute_names=()) -> list:
    """``(name, value)`` for every attribute of ``obj``, read without running
    its code or creating its ``__dict__`` (see the module docstring).
    ``attribute_names`` are names the program may have used for attributes."""
    attributes = []
    if has_instance_dict(obj):
        inline = None
        if type(obj).__flags__ & _MANAGED_DICT:
            inline = _inline_attributes(obj, attribute_names)
        if inline is not None:
            attributes.extend(inline)
        else:
            namespace = existing_dict(obj, attribute_names)
            if namespace is not None:
                attributes.extend((name, value) for name, value in namespace.items()
                                  if isinstance(name, str))
    attributes.extend(slot_values(obj))
    return attributes


def _inline_attributes(obj, attribute_names):
    """The attributes kept inline, in the order the object keeps them; None if
    the object has a real dict instead."""
    values = _own_referents(obj)
    if not values:
        return []
    cls = type(obj)
    named = {}
    for name in _candidate_names(cls, attribute_names):
        if not _safe_to_look_up(cls, name):
            continue
        try:
            value = object.__getattribute__(obj, name)
        except AttributeError:
            continue
        named[name] = value
        if len(named) == len(values):
            break       # every value has its name
    try:
        _found_names.setdefault(cls, {}).update(dict.fromkeys(named))
    except TypeError:       # a class that cannot be weakly referenced
        pass
    if len(values) == 1 and type(values[0]) is dict and not any(
            value is values[0] for value in named.values()) and _is_the_dict(obj, values[0]):
        return None       # the materialized dict (see existing_dict)
    # Put the names in the object's own order (that of the shared keys).
    remaining = dict(named)
    ordered = []
    for value in values:
        for name, candidate in remaining.items():
            if candidate is value:
                ordered.append((name, value))
                del remaining[name]
                break
        else:
            ordered.append((UNKNOWN_NAME, value))
    return ordered


def _is_the_dict(obj, namespace: dict) -> bool:
    """Is ``namespace`` (the only thing ``obj`` refers to) its ``__dict__``,
    rather than the value of an attribute whose name is unknown? Then each
    of its keys names an attribute of ``obj`` with that very value."""
    cls = type(obj)
    for name, value in list(namespace.items()):
        if not isinstance(name, str) or not _safe_to_look_up(cls, name):
            continue
        try:
            if object.__getattribute__(obj, name) is not value:
                return False
        except AttributeError:
            return False
    return True


def _candidate_names(cls: type, attribute_names):
    """Names to try, likeliest first: those found before on instances of
    ``cls``, those its methods use, then the others."""
    seen = set()
    for group in (_found_names.get(cls, ()), _names_used_by_class(cls), attribute_names):
        for name in group:
            if name not in seen:
                seen.add(name)
                yield name


# Per class, the names found on its instances so far (tried first). Weak
# keys: a cache must not add to a class's reference count, nor keep it alive.
_found_names = weakref.WeakKeyDictionary()
_class_names = weakref.WeakKeyDictionary()


def _names_used_by_class(cls: type) -> list:
    """Names the methods of ``cls`` and its bases use (``self.x = ...`` puts
    ``x`` among a method's ``co_names``), then those of their source files."""
    found = _class_names.get(cls)
    if found is not None:
        return found
    found = []
    files = []
    for klass in cls.__mro__:
        for value in list(vars(klass).values()):
            code = _code_of(value)
            if code is not None:
                found.extend(_code_names(code))
                if code.co_filename not in files:
                    files.append(code.co_filename)
    # Then every name of the files its methods come from (``obj.x = ...``
    # is often written outside the class).
    for filename in files:
        found.extend(names_in_source(filename))
    found = list(dict.fromkeys(found))
    try:
        _class_names[cls] = found
    except TypeError:
        pass
    return found


def _code_of(value):
    """The code object of a function (host or interpreted), a classmethod or a
    staticmethod, read without running any code of the program."""
    if isinstance(value, (staticmethod, classmethod)):
        value = value.__func__
    if isinstance(value, types.FunctionType):
        return value.__code__
    # An interpreted function of clearpy's VM: its __code__ is a property
    # written in the host Python.
    getter = class_attribute(type(value), "__code__")
    if isinstance(getter, property) and isinstance(getter.fget, types.FunctionType):
        code = getter.fget(value)
        return code if isinstance(code, types.CodeType) else None
    return None


def _code_names(code: types.CodeType) -> list:
    names = list(code.co_names)
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            names.extend(_code_names(constant))
    return names


def _safe_to_look_up(cls: type, name: str) -> bool:
    """Would ``object.__getattribute__(obj, name)`` run no code of the
    program? It reads the instance's own value first, but a *data*
    descriptor of the class (a property) comes before it, and without an
    instance value a descriptor's ``__get__`` is called."""
    found = class_attribute(cls, name)
    if found is None:
        return True
    return not hasattr(type(found), "__get__")


_IDENTIFIER = re.compile(r"[^\W\d]\w*")
_source_names = {}
_every_source_name = {}     # the names of every file read so far, in order


def names_seen_in_sources() -> list:
    """The identifiers of every source file ``names_in_source`` has read."""
    return list(_every_source_name)


def names_in_source(filename: str) -> list:
    """Every identifier of a program's source file (the names its code may
    give attributes, ``setattr`` with a literal name included), read once."""
    found = _source_names.get(filename)
    if found is None:
        text = "".join(linecache.getlines(filename))
        found = _source_names[filename] = list(dict.fromkeys(_IDENTIFIER.findall(text)))
        _every_source_name.update(dict.fromkeys(found))
    return found
