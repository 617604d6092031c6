"""Small pieces of CPython's object protocols that instructions need.

CPython's C code asks questions of objects that Python code cannot ask
directly: "does this type have a ``tp_iter`` slot?", "is this object a
sequence (``PySequence_Check``)?". The answers, and the messages CPython
builds from them, are here, written with Python's means.
"""

from clearpy.vm.null import NULL


def type_lookup(cls: type, name: str, default=NULL):
    """Find ``name`` in the class dictionaries along ``cls``'s MRO, without
    calling descriptors (CPython's ``_PyType_Lookup``)."""
    for base in cls.__mro__:
        namespace = base.__dict__
        if name in namespace:
            return namespace[name]
    return default


def has_iter_slot(obj) -> bool:
    """Does ``type(obj)`` define ``__iter__`` (a non-NULL ``tp_iter``)?"""
    return type_lookup(type(obj), "__iter__") is not NULL


def is_sequence(obj) -> bool:
    """CPython's ``PySequence_Check``: has ``__getitem__`` and is not a dict."""
    if isinstance(obj, dict):
        return False
    return type_lookup(type(obj), "__getitem__") is not NULL


def type_name(obj) -> str:
    return type(obj).__name__


def function_str(func) -> str:
    """How CPython names a callable in error messages: ``f()``, ``mod.C.m()``
    (``_PyObject_FunctionStr``)."""
    try:
        qualname = func.__qualname__
    except AttributeError:
        return str(func)
    try:
        module = func.__module__
    except AttributeError:
        module = None
    if module is not None and module != "builtins":
        return f"{module}.{qualname}()"
    return f"{qualname}()"


def unpack_iterable(value, before: int, after: int) -> list:
    """The values of ``a, b, *rest, c = value``, in order, with CPython's errors.

    ``after`` is -1 when there is no starred target. Like CPython, this takes
    only as many items as it needs from an iterator (plus one, to see that
    there are not too many).
    """
    try:
        iterator = iter(value)
    except TypeError:
        if not has_iter_slot(value) and not is_sequence(value):
            raise TypeError(f"cannot unpack non-iterable {type_name(value)} object") from None
        raise
    items = []
    for _ in range(before):
        try:
            items.append(next(iterator))
        except StopIteration:
            if after == -1:
                raise ValueError(f"not enough values to unpack (expected {before}, "
                                 f"got {len(items)})") from None
            raise ValueError(f"not enough values to unpack (expected at least "
                             f"{before + after}, got {len(items)})") from None
    if after == -1:
        try:
            next(iterator)
        except StopIteration:
            return items
        raise ValueError(f"too many values to unpack (expected {before})")
    rest = list(iterator)
    if len(rest) < after:
        raise ValueError(f"not enough values to unpack (expected at least {before + after}, "
                         f"got {before + len(rest)})")
    items.append(rest)
    if after:
        items.extend(rest[len(rest) - after:])
        del rest[len(rest) - after:]
    return items


def merge_keywords(target: dict, mapping, func) -> None:
    """``f(**a, **b)``: add ``mapping`` to ``target``, refusing repeated keys
    (CPython's ``_PyDict_MergeEx(..., 2)`` with ``format_kwargs_error``)."""
    if isinstance(mapping, dict) and type_lookup(type(mapping), "__iter__") is dict.__iter__:
        items = dict.items(mapping)
    else:
        try:
            keys = mapping.keys()
        except AttributeError as error:
            if len(error.args) == 1:
                raise TypeError(f"{function_str(func)} argument after ** must be a mapping, "
                                f"not {type_name(mapping)}") from None
            raise
        items = ((key, mapping[key]) for key in keys)
    for key, value in items:
        if key in target:
            raise TypeError(f"{function_str(func)} got multiple values for keyword argument "
                            f"'{key}'")
        target[key] = value


def update_mapping(target: dict, mapping) -> None:
    """``{**a}``: ``dict.update`` that only takes mappings (``PyDict_Update``)."""
    if not isinstance(mapping, dict):
        try:
            mapping.keys
        except AttributeError:
            raise TypeError(f"'{type_name(mapping)}' object is not a mapping") from None
    dict.update(target, mapping)
