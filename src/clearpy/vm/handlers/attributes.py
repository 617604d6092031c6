"""Attributes: ``obj.name``, ``obj.name = v``, ``del obj.name``, ``super().name``."""

import builtins
import types

from clearpy.vm.handlers import handler
from clearpy.vm.null import NULL
from clearpy.vm.tracebacks import frame_of_carrier

_TracebackType = types.TracebackType
_host_super = builtins.super

# Attributes whose value interpreted programs must see differently from the
# host: a traceback's tb_frame is a host "carrier" frame (see tracebacks.py);
# programs get the interpreted frame it stands for.
SPECIAL_ATTRIBUTES = {"tb_frame"}


def get_attribute(obj, name: str):
    """``obj.name`` as interpreted programs see it (getattr, with tb_frame translated)."""
    value = getattr(obj, name)
    if name == "tb_frame" and type(obj) is _TracebackType:
        value = frame_of_carrier(value)
    return value


@handler("LOAD_ATTR")
def load_attr(site):
    """owner -- res2 if (oparg & 1) res: ``owner.name``.

    With the low bit set the compiler expects a method and ``self`` (for the
    CALL that follows); clearpy pushes NULL and the bound method instead,
    which the CALL handles the same way.
    """
    name = site.code.co.co_names[site.oparg >> 1]
    owner, following = site.stack(1), site.next
    get = get_attribute if name in SPECIAL_ATTRIBUTES else getattr
    if site.oparg & 1:
        above = owner + 1

        def op(frame, R):
            R[above] = get(R[owner], name)
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
