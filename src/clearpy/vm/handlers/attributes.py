"""Attributes: ``obj.name``, ``obj.name = v``, ``del obj.name``, ``super().name``."""

import _thread
import builtins
import types
import weakref

from clearpy.vm.function import Function
from clearpy.vm.handlers import handler
from clearpy.vm.null import NULL
from clearpy.vm.tracebacks import frame_of_carrier

_TracebackType = types.TracebackType
_host_super = builtins.super

def _traceback_frame(obj, value):
    """A traceback's tb_frame is a host "carrier" frame (see tracebacks.py);
    programs get the interpreted frame it stands for."""
    if type(obj) is _TracebackType:
        return frame_of_carrier(value)
    return value


def _group_matcher(obj, value):
    """BaseExceptionGroup.split() and subgroup() accept "a function" as the
    condition, and check for one the C way (PyFunction_Check), which
    interpreted functions do not pass: hand them a host function that calls it."""
    if not isinstance(obj, BaseExceptionGroup):
        return value
    method = value

    def split_or_subgroup(condition, /):
        if type(condition) is Function:
            interpreted = condition
            condition = lambda exc: interpreted(exc)  # noqa: E731
        return method(condition)

    split_or_subgroup.__name__ = method.__name__
    return split_or_subgroup


# Attributes whose value interpreted programs must see differently from the host.
SPECIAL_ATTRIBUTES = {"tb_frame": _traceback_frame, "split": _group_matcher,
                      "subgroup": _group_matcher}


def get_attribute(obj, name: str):
    """``obj.name`` as interpreted programs see it."""
    value = getattr(obj, name)
    translate = SPECIAL_ATTRIBUTES.get(name)
    if translate is not None:
        value = translate(obj, value)
    return value


Py_TPFLAGS_IMMUTABLETYPE = 1 << 8
Py_TPFLAGS_METHOD_DESCRIPTOR = 1 << 17

# Built-in types whose attribute lookup is not the generic one (they forward
# to another object, or are classes and modules): their methods must be found
# by getattr() every time.
_CUSTOM_GETATTR = {super, weakref.ProxyType, weakref.CallableProxyType, types.MethodType,
                   type, types.ModuleType, types.GenericAlias, _thread._local}


def unbound_method(cls: type, name: str):
    """The method descriptor ``obj.name`` finds for every instance of ``cls``, if
    that can be known once and for all (else NULL).

    True for the built-in types (they cannot change, and their instances have
    no ``__dict__`` to shadow a method) when ``name`` is a method of theirs:
    ``list.append``, ``str.join``... Calling the descriptor with the instance as
    first argument is what CPython's method calls do.
    """
    if not cls.__flags__ & Py_TPFLAGS_IMMUTABLETYPE or cls.__dictoffset__:
        return NULL
    if cls in _CUSTOM_GETATTR:
        return NULL
    for base in cls.__mro__:
        namespace = base.__dict__
        if name in namespace:
            descriptor = namespace[name]
            if type(descriptor).__flags__ & Py_TPFLAGS_METHOD_DESCRIPTOR:
                return descriptor
            return NULL
    return NULL


@handler("LOAD_ATTR")
def load_attr(site):
    """owner -- res2 if (oparg & 1) res: ``owner.name``.

    With the low bit set the compiler expects a method and ``self`` (for the
    CALL that follows). For the methods of built-in types clearpy pushes the
    method descriptor and the object, as CPython does, remembering per
    instruction which type it saw last; otherwise it pushes NULL and the
    bound method, which the CALL handles the same way.
    """
    name = site.code.co.co_names[site.oparg >> 1]
    owner, following = site.stack(1), site.next
    get = get_attribute if name in SPECIAL_ATTRIBUTES else getattr
    if site.oparg & 1:
        above = owner + 1
        cached_type = cached_method = uncachable_type = None

        def op(frame, R):
            nonlocal cached_type, cached_method, uncachable_type
            obj = R[owner]
            kind = type(obj)
            if kind is cached_type:
                R[owner] = cached_method
                R[above] = obj
                return following
            if kind is not uncachable_type:
                method = unbound_method(kind, name)
                if method is not NULL:
                    cached_type, cached_method = kind, method
                    R[owner] = method
                    R[above] = obj
                    return following
                uncachable_type = kind
            R[above] = get(obj, name)
            R[owner] = NULL
            return following
    else:
        def op(frame, R):
            R[owner] = get(R[owner], name)
            return following
    return op


@handler("STORE_ATTR")
def store_attr(site):
    """v owner -- : ``owner.name = v``."""
    name = site.code.co.co_names[site.oparg]
    value, owner, following = site.stack(2), site.stack(1), site.next

    def op(frame, R):
        setattr(R[owner], name, R[value])
        R[value] = R[owner] = NULL
        return following
    return op


@handler("DELETE_ATTR")
def delete_attr(site):
    """owner -- : ``del owner.name``."""
    name = site.code.co.co_names[site.oparg]
    owner, following = site.stack(1), site.next

    def op(frame, R):
        delattr(R[owner], name)
        R[owner] = NULL
        return following
    return op


def is_builtin_super(value) -> bool:
    return value is _host_super or (isinstance(value, type) and issubclass(value, _host_super)
                                    and getattr(value, "_clearpy_zero_argument_super", False))


@handler("LOAD_SUPER_ATTR")
def load_super_attr(site):
    """global_super class self -- res2 if (oparg & 1) res: ``super().name``.

    With bit 1 clear this is ``super()`` without arguments, and the compiler
    has pushed the ``__class__`` cell's value and the first argument for it;
    with bit 1 set it is ``super(class, self)`` written out.
    """
    name = site.code.co.co_names[site.oparg >> 2]
    explicit = site.oparg & 2
    method = site.oparg & 1
    super_register, class_register, self_register = site.stack(3), site.stack(2), site.stack(1)
    following = site.next

    def op(frame, R):
        global_super, cls, obj = R[super_register], R[class_register], R[self_register]
        if explicit or (is_builtin_super(global_super) and isinstance(cls, type)):
            proxy = global_super(cls, obj) if explicit else _host_super(cls, obj)
        else:
            proxy = global_super()
        attribute = getattr(proxy, name)
        if method:
            R[super_register] = NULL
            R[class_register] = attribute
        else:
            R[super_register] = attribute
            R[class_register] = NULL
        R[self_register] = NULL
        return following
    return op
