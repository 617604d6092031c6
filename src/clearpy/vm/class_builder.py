"""``__build_class__``: what a ``class`` statement does.

``class C(Base, metaclass=Meta): body`` compiles to a call
``__build_class__(body_function, "C", Base, metaclass=Meta)``. Following
CPython's ``builtin___build_class__``:

1. bases that are not classes may replace themselves (``__mro_entries__``);
2. the metaclass is the explicit one, or the most derived metaclass of the
   bases (``type`` when there are none);
3. ``Meta.__prepare__(name, bases, **kwds)`` gives the namespace (a dict by
   default);
4. the body runs with that namespace as its local variables;
5. ``Meta(name, bases, namespace, **kwds)`` makes the class. ``type.__new__``
   fills the ``__class__`` cell the body left in ``__classcell__``, which is
   what zero-argument ``super()`` reads.

One thing the host cannot do for interpreted functions: ``type.__new__``
turns a plain *function* ``__new__`` into a staticmethod and
``__init_subclass__`` / ``__class_getitem__`` into classmethods, but it only
recognises host functions. ``fix_implicit_methods`` does it for interpreted
ones.
"""

import types

from clearpy.vm.function import Function
from clearpy.vm.null import NULL

# Special methods type.__new__ wraps when they are plain functions.
IMPLICIT_WRAPPERS = (("__new__", staticmethod), ("__init_subclass__", classmethod),
                     ("__class_getitem__", classmethod))


def build_class(interpreter, func, name, bases: tuple, kwds: dict):
    if not isinstance(func, Function):
        raise TypeError("__build_class__: func must be a function")
    if not isinstance(name, str):
        raise TypeError("__build_class__: name is not a string")
    original_bases = bases
    bases = update_bases(bases)
    meta = kwds.pop("metaclass", NULL)
    is_class = True
    if meta is NULL:
        meta = type(bases[0]) if bases else type
    else:
        is_class = isinstance(meta, type)
    if is_class:
        meta = calculate_metaclass(meta, bases)
    try:
        prepare = meta.__prepare__
    except AttributeError:
        namespace = {}
    else:
        namespace = prepare(name, bases, **kwds)
    if not _is_mapping(namespace):
        owner = meta.__name__ if is_class else "<metaclass>"
        raise TypeError(f"{owner}.__prepare__() must return a mapping, not "
                        f"{type(namespace).__name__}")
    cell = run_class_body(interpreter, func, namespace)
    if bases is not original_bases:
        namespace["__orig_bases__"] = original_bases
    if type(namespace) is dict and "__module__" not in namespace:
        # type.__new__ would take it from the running frame's globals, which
        # for the host is clearpy's own code: give it the caller's.
        caller = interpreter.thread_state().current
        if caller is not None and "__name__" in caller.globals:
            namespace = {**namespace, "__module__": caller.globals["__name__"]}
    cls = meta(name, bases, namespace, **kwds)
    if isinstance(cls, type):
        fix_implicit_methods(cls)
        if isinstance(cell, types.CellType):
            try:
                cell_class = cell.cell_contents
            except ValueError:
                raise RuntimeError(f"__class__ not set defining {name!r} as {cls!r}. Was "
                                   f"__classcell__ propagated to type.__new__?") from None
            if cell_class is not cls:
                raise TypeError(f"__class__ set to {cell_class!r} defining {name!r} as {cls!r}")
    return cls


def run_class_body(interpreter, func, namespace):
    """Run a class body function with ``namespace`` as its locals; return what it returns
    (the ``__class__`` cell, or None)."""
    from clearpy.vm.calls import run_function_with_locals

    return run_function_with_locals(interpreter.thread_state(), func, namespace)


def update_bases(bases: tuple) -> tuple:
    """Replace bases that define ``__mro_entries__`` (PEP 560)."""
    new_bases = None
    for index, base in enumerate(bases):
        if isinstance(base, type):
            if new_bases is not None:
                new_bases.append(base)
            continue
        try:
            mro_entries = base.__mro_entries__
        except AttributeError:
            if new_bases is not None:
                new_bases.append(base)
            continue
        replacement = mro_entries(bases)
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        if new_bases is None:
            new_bases = list(bases[:index])
        new_bases.extend(replacement)
    return bases if new_bases is None else tuple(new_bases)


def calculate_metaclass(meta: type, bases: tuple) -> type:
    """The most derived metaclass among ``meta`` and the bases' metaclasses."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if base_meta in winner.__mro__:
            continue
        if winner in base_meta.__mro__:
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def fix_implicit_methods(cls: type) -> None:
    """Wrap interpreted ``__new__``, ``__init_subclass__`` and ``__class_getitem__``
    as ``type.__new__`` wraps functions."""
    namespace = cls.__dict__
    for name, wrapper in IMPLICIT_WRAPPERS:
        value = namespace.get(name)
        if type(value) is Function:
            try:
                type.__setattr__(cls, name, wrapper(value))
            except TypeError:
                pass   # an immutable type: nothing a program could change either


def _is_mapping(value) -> bool:
    if isinstance(value, dict):
        return True
    return hasattr(type(value), "__getitem__") and not isinstance(value, (list, tuple, str))
