"""Structural pattern matching: ``match`` and ``case``."""

from clearpy.vm.handlers import handler
from clearpy.vm.null import NULL

Py_TPFLAGS_SEQUENCE = 1 << 5
Py_TPFLAGS_MAPPING = 1 << 6
Py_TPFLAGS_HEAPTYPE = 1 << 9
Py_TPFLAGS_MATCH_SELF = 1 << 22


def type_name(cls: type) -> str:
    """A class's name as CPython's C code prints it (``tp_name``)."""
    if cls.__flags__ & Py_TPFLAGS_HEAPTYPE or cls.__module__ == "builtins":
        return cls.__name__
    return f"{cls.__module__}.{cls.__name__}"


@handler("GET_LEN")
def get_len(site):
    """obj -- obj len."""
    obj, top, following = site.stack(1), site.stack(0), site.next

    def op(frame, R):
        R[top] = len(R[obj])
        return following
    return op


def _flag_test(flag):
    def maker(site):
        subject, top, following = site.stack(1), site.stack(0), site.next

        def op(frame, R):
            R[top] = bool(type(R[subject]).__flags__ & flag)
            return following
        return op
    return maker


handler("MATCH_MAPPING")(_flag_test(Py_TPFLAGS_MAPPING))
handler("MATCH_SEQUENCE")(_flag_test(Py_TPFLAGS_SEQUENCE))


def match_keys(mapping, keys: tuple):
    """The values of ``keys`` in ``mapping`` (a tuple), or None if one is missing."""
    if not keys:
        return ()
    get = mapping.get
    seen = set()
    missing = object()
    values = []
    for key in keys:
        if key in seen:
            raise ValueError(f"mapping pattern checks duplicate key ({key!r})")
        seen.add(key)
        value = get(key, missing)
        if value is missing:
            return None
        values.append(value)
    return tuple(values)


@handler("MATCH_KEYS")
def match_keys_handler(site):
    """subject keys -- subject keys values_or_none."""
    subject, keys, top, following = site.stack(2), site.stack(1), site.stack(0), site.next

    def op(frame, R):
        R[top] = match_keys(R[subject], R[keys])
        return following
    return op


def _match_class_attribute(subject, cls, name, seen):
    if name in seen:
        raise TypeError(f"{type_name(cls)}() got multiple sub-patterns for attribute {name!r}")
    seen.add(name)
    try:
        return getattr(subject, name)
    except AttributeError:
        return NULL


def match_class(subject, cls, positional: int, keywords: tuple):
    """The attributes ``case cls(...)`` needs from ``subject``, or None (no match)."""
    if not isinstance(cls, type):
        raise TypeError("called match pattern must be a class")
    if not isinstance(subject, cls):
        return None
    seen = set()
    attributes = []
    if positional:
        match_self = False
        try:
            match_args = cls.__match_args__
        except AttributeError:
            match_args = ()
            match_self = bool(cls.__flags__ & Py_TPFLAGS_MATCH_SELF)
        else:
            if type(match_args) is not tuple:
                raise TypeError(f"{type_name(cls)}.__match_args__ must be a tuple "
                                f"(got {type(match_args).__name__})")
        allowed = 1 if match_self else len(match_args)
        if allowed < positional:
            raise TypeError(f"{type_name(cls)}() accepts {allowed} positional "
                            f"sub-pattern{'' if allowed == 1 else 's'} ({positional} given)")
        if match_self:
            attributes.append(subject)
        else:
            for name in match_args[:positional]:
                if type(name) is not str:
                    raise TypeError(f"__match_args__ elements must be strings "
                                    f"(got {type(name).__name__})")
                value = _match_class_attribute(subject, cls, name, seen)
                if value is NULL:
                    return None
                attributes.append(value)
    for name in keywords:
        value = _match_class_attribute(subject, cls, name, seen)
        if value is NULL:
            return None
        attributes.append(value)
    return tuple(attributes)


@handler("MATCH_CLASS")
def match_class_handler(site):
    """subject type names -- attrs: a tuple of attributes, or None."""
    subject, cls, names, following = site.stack(3), site.stack(2), site.stack(1), site.next
    positional = site.oparg

    def op(frame, R):
        R[subject] = match_class(R[subject], R[cls], positional, R[names])
        R[cls] = R[names] = NULL
        return following
    return op
