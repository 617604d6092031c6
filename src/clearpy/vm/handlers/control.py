"""Control flow: jumps, loops over iterators, and returning from a frame."""

from clearpy.vm.fusion import warming_op
from clearpy.vm.handlers import handler
from clearpy.vm.null import NULL

RETURNED = -1   # what a handler returns to leave the eval loop (frame.pc says where it stopped)


@handler("JUMP_FORWARD")
def jump(site):
    """Go to the target."""
    target = site.target

    def op(frame, R):
        return target
    return op


@handler("JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT")
def jump_backward(site):
    """Go back to the target: a loop goes round. (CPython also checks for
    signals here; the host does that for clearpy.) Like RESUME, it counts
    towards fusing the code (see vm/fusion.py)."""
    return warming_op(site.code, site.target)


@handler("POP_JUMP_IF_FALSE")
def pop_jump_if_false(site):
    """cond -- : jump if the condition is false."""
    top, target, following = site.stack(1), site.target, site.next

    def op(frame, R):
        condition = R[top]
        R[top] = NULL
        if condition:
            return following
        return target
    return op


@handler("POP_JUMP_IF_TRUE")
def pop_jump_if_true(site):
    """cond -- : jump if the condition is true."""
    top, target, following = site.stack(1), site.target, site.next

    def op(frame, R):
        condition = R[top]
        R[top] = NULL
        if condition:
            return target
        return following
    return op


@handler("POP_JUMP_IF_NONE")
def pop_jump_if_none(site):
    """value -- : jump if the value is None."""
    top, target, following = site.stack(1), site.target, site.next

    def op(frame, R):
        value = R[top]
        R[top] = NULL
        return target if value is None else following
    return op


@handler("POP_JUMP_IF_NOT_NONE")
def pop_jump_if_not_none(site):
    """value -- : jump if the value is not None."""
    top, target, following = site.stack(1), site.target, site.next

    def op(frame, R):
        value = R[top]
        R[top] = NULL
        return following if value is None else target
    return op


@handler("GET_ITER")
def get_iter(site):
    """iterable -- iter: ``iter(iterable)``, for a for loop."""
    top, following = site.stack(1), site.next

    def op(frame, R):
        R[top] = iter(R[top])
        return following
    return op


@handler("FOR_ITER")
def for_iter(site):
    """iter -- iter next: the next value, or, when the iterator is exhausted, pop
    it and jump past the loop (past its END_FOR)."""
    iterator, top, following = site.stack(1), site.stack(0), site.next
    exhausted = site.target + 1
    _next = next

    def op(frame, R):
        value = _next(R[iterator], NULL)
        if value is NULL:
            R[iterator] = NULL
            return exhausted
        R[top] = value
        return following
    return op


@handler("RETURN_VALUE")
def return_value(site):
    """retval -- : return the top of the stack to the caller."""
    top, index = site.stack(1), site.index

    def op(frame, R):
        frame.result = R[top]
        frame.pc = index
        return RETURNED
    return op


@handler("RETURN_CONST")
def return_const(site):
    """Return a constant."""
    value, index = site.code.co.co_consts[site.oparg], site.index

    def op(frame, R):
        frame.result = value
        frame.pc = index
        return RETURNED
    return op
