"""NULL: what an empty register holds.

CPython's frames hold C pointers, and a pointer can be NULL: a local variable
that has no value yet (or was deleted), or the marker ``PUSH_NULL`` puts under
a function to say "this call has no ``self``". Python has no NULL, and ``None``
will not do (``None`` is a perfectly good value for a variable), so clearpy
uses one unique object that no program can ever get hold of.
"""


class _Null:
    """The type of ``NULL``; there is only ever one instance."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<NULL>"

    def __reduce__(self):
        return "NULL"


NULL = _Null()
