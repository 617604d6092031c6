"""Operators: unary, binary, comparisons, ``is``, ``in``, subscripts and slices.

The work itself is the host's: ``operator.add(a, b)`` does exactly what
CPython's ``BINARY_OP`` does for ``a + b`` (``__add__``, then ``__radd__``,
then sequence concatenation), so clearpy picks the right function once, when
the instruction is decoded.
"""

import operator

from clearpy.bytecode.instructions import NB_OPS
from clearpy.vm.handlers import handler
from clearpy.vm.null import NULL

# BINARY_OP's argument numbers the operators in NB_OPS order.
_BY_NB_NAME = {
    "NB_ADD": operator.add, "NB_AND": operator.and_, "NB_FLOOR_DIVIDE": operator.floordiv,
    "NB_LSHIFT": operator.lshift, "NB_MATRIX_MULTIPLY": operator.matmul,
    "NB_MULTIPLY": operator.mul, "NB_REMAINDER": operator.mod, "NB_OR": operator.or_,
    "NB_POWER": operator.pow, "NB_RSHIFT": operator.rshift, "NB_SUBTRACT": operator.sub,
    "NB_TRUE_DIVIDE": operator.truediv, "NB_XOR": operator.xor,
    "NB_INPLACE_ADD": operator.iadd, "NB_INPLACE_AND": operator.iand,
    "NB_INPLACE_FLOOR_DIVIDE": operator.ifloordiv, "NB_INPLACE_LSHIFT": operator.ilshift,
    "NB_INPLACE_MATRIX_MULTIPLY": operator.imatmul, "NB_INPLACE_MULTIPLY": operator.imul,
    "NB_INPLACE_REMAINDER": operator.imod, "NB_INPLACE_OR": operator.ior,
    "NB_INPLACE_POWER": operator.ipow, "NB_INPLACE_RSHIFT": operator.irshift,
    "NB_INPLACE_SUBTRACT": operator.isub, "NB_INPLACE_TRUE_DIVIDE": operator.itruediv,
    "NB_INPLACE_XOR": operator.ixor,
}
BINARY_OPERATORS = [_BY_NB_NAME[name] for name, _ in NB_OPS]

# COMPARE_OP's argument >> 4 indexes this list (the order of dis.cmp_op).
COMPARISONS = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge]


def _unary(function):
    def maker(site):
        top, following = site.stack(1), site.next

        def op(frame, R):
            R[top] = function(R[top])
            return following
        return op
    return maker


handler("UNARY_NEGATIVE")(_unary(operator.neg))
handler("UNARY_NOT")(_unary(operator.not_))
handler("UNARY_INVERT")(_unary(operator.invert))


def _two_operand(function):
    """A maker for ``left right -- result`` where ``result = function(left, right)``."""
    def maker(site):
        left, right, following = site.stack(2), site.stack(1), site.next

        def op(frame, R):
            R[left] = function(R[left], R[right])
            R[right] = NULL
            return following
        return op
    return maker


@handler("BINARY_OP")
def binary_op(site):
    """lhs rhs -- res: every binary operator, ``+`` to ``^=``."""
    return _two_operand(BINARY_OPERATORS[site.oparg])(site)


@handler("COMPARE_OP")
def compare_op(site):
    """left right -- res: ``<``, ``<=``, ``==``, ``!=``, ``>``, ``>=``."""
    return _two_operand(COMPARISONS[site.oparg >> 4])(site)


@handler("IS_OP")
def is_op(site):
    """left right -- b: ``is`` (``is not`` when oparg is 1)."""
    left, right, following = site.stack(2), site.stack(1), site.next
    if site.oparg:
        def op(frame, R):
            R[left] = R[left] is not R[right]
            R[right] = NULL
            return following
    else:
        def op(frame, R):
            R[left] = R[left] is R[right]
            R[right] = NULL
            return following
    return op


@handler("CONTAINS_OP")
def contains_op(site):
    """left right -- b: ``in`` (``not in`` when oparg is 1)."""
    left, right, following = site.stack(2), site.stack(1), site.next
    if site.oparg:
        def op(frame, R):
            R[left] = R[left] not in R[right]
            R[right] = NULL
            return following
    else:
        def op(frame, R):
            R[left] = R[left] in R[right]
            R[right] = NULL
            return following
    return op


handler("BINARY_SUBSCR")(_two_operand(operator.getitem))


@handler("STORE_SUBSCR")
def store_subscr(site):
    """v container sub -- : ``container[sub] = v``."""
    value, container, key, following = site.stack(3), site.stack(2), site.stack(1), site.next

    def op(frame, R):
        R[container][R[key]] = R[value]
        R[value] = R[container] = R[key] = NULL
        return following
    return op


@handler("DELETE_SUBSCR")
def delete_subscr(site):
    """container sub -- : ``del container[sub]``."""
    container, key, following = site.stack(2), site.stack(1), site.next

    def op(frame, R):
        del R[container][R[key]]
        R[container] = R[key] = NULL
        return following
    return op


@handler("BINARY_SLICE")
def binary_slice(site):
    """container start stop -- res: ``container[start:stop]``."""
    container, start, stop, following = site.stack(3), site.stack(2), site.stack(1), site.next

    def op(frame, R):
        R[container] = R[container][R[start]:R[stop]]
        R[start] = R[stop] = NULL
        return following
    return op


@handler("STORE_SLICE")
def store_slice(site):
    """v container start stop -- : ``container[start:stop] = v``."""
    value, container = site.stack(4), site.stack(3)
    start, stop, following = site.stack(2), site.stack(1), site.next

    def op(frame, R):
        R[container][R[start]:R[stop]] = R[value]
        R[value] = R[container] = R[start] = R[stop] = NULL
        return following
    return op


@handler("BUILD_SLICE")
def build_slice(site):
    """start stop [step] -- slice."""
    following = site.next
    if site.oparg == 3:
        start, stop, step = site.stack(3), site.stack(2), site.stack(1)

        def op(frame, R):
            R[start] = slice(R[start], R[stop], R[step])
            R[stop] = R[step] = NULL
            return following
    else:
        start, stop = site.stack(2), site.stack(1)

        def op(frame, R):
            R[start] = slice(R[start], R[stop])
            R[stop] = NULL
            return following
    return op
