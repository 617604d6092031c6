"""Constant keys and the constant cache: how the compiler tells constants apart.

``co_consts`` must keep ``1``, ``1.0``, ``True`` and ``-0.0``/``0.0`` apart,
yet Python itself says ``1 == 1.0 == True`` and ``0.0 == -0.0``, so a plain
dict would merge them. CPython solves this with a *constant key*
(``_PyCode_ConstantKey`` in Objects/codeobject.c): a value that compares
equal only to the key of the very same constant. ``const_key`` computes it:

    None, Ellipsis, int, str, code     -> the value itself
    bool, bytes                        -> (type, value)
    float                              -> (float, value), and a third item for -0.0
    complex                            -> (complex, value[, a tag for signed zeros])
    tuple                              -> (tuple of the items' keys, value)
    frozenset                          -> (frozenset of the items' keys, value)
    anything else                      -> (id(value), value)

Keys are what ``CodeUnitMetadata.consts`` maps to indexes; ``value_of_key``
gets the constant back. The *constant cache* (``ConstCache``) goes one step
further, like CPython's ``c_const_cache``: it remembers one object per key
for a whole compilation, so equal constants (and equal ``co_code`` bytes,
name tuples...) are the very same object everywhere. That sharing is what
makes ``marshal`` write references instead of copies in a ``.pyc``.
"""

import math
from types import CodeType


def const_key(value):
    """CPython's ``_PyCode_ConstantKey``: equal only for interchangeable constants."""
    kind = type(value)
    if kind is int or kind is str or value is None or value is Ellipsis or kind is CodeType:
        return value
    if kind is bool or kind is bytes:
        return (kind, value)
    if kind is float:
        if value == 0.0 and math.copysign(1.0, value) < 0.0:
            return (kind, value, None)
        return (kind, value)
    if kind is complex:
        real_negative_zero = value.real == 0.0 and math.copysign(1.0, value.real) < 0.0
        imag_negative_zero = value.imag == 0.0 and math.copysign(1.0, value.imag) < 0.0
        if real_negative_zero and imag_negative_zero:
            return (kind, value, True)
        if imag_negative_zero:
            return (kind, value, False)
        if real_negative_zero:
            return (kind, value, None)
        return (kind, value)
    if kind is tuple:
        return (tuple([const_key(item) for item in value]), value)
    if kind is frozenset:
        return (frozenset([const_key(item) for item in value]), value)
    return (id(value), value)


def value_of_key(key):
    """The constant a key stands for (the second item of a tuple key)."""
    return key[1] if type(key) is tuple else key


class ConstCache:
    """One shared object per constant key for a whole compilation (``c_const_cache``)."""

    __slots__ = ("objects",)

    def __init__(self):
        self.objects: dict = {}

    def merge(self, value):
        """``_PyCompile_ConstCacheMergeOne``: the cached object equal to ``value``, or ``value``."""
        return self.objects.setdefault(const_key(value), value)

    def merge_recursive(self, value):
        """``merge_consts_recursive``: merge a constant and, for tuples and frozensets, its items."""
        if value is None or value is Ellipsis:
            return value
        key = const_key(value)
        cached = self.objects.get(key, _MISSING)
        if cached is not _MISSING:
            return cached
        kind = type(value)
        if kind is tuple:
            items = [self.merge_recursive(item) for item in value]
            if any(new is not old for new, old in zip(items, value)):
                value = tuple(items)
        elif kind is frozenset and value:
            # CPython always builds a new frozenset here, from its merged items in
            # the order the first one iterates them. The new set's iteration order
            # can differ from the first's (items whose hashes collide land in other
            # slots when inserted in another order), and ``dis`` shows that order.
            value = frozenset(tuple([self.merge_recursive(item) for item in value]))
        self.objects[key] = value
        return value


_MISSING = object()
