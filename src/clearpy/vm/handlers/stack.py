"""Instructions that only move values around on the stack."""

from clearpy.vm.fusion import warming_op
from clearpy.vm.handlers import handler
from clearpy.vm.null import NULL


@handler("NOP")
def nop(site):
    """Do nothing."""
    following = site.next

    def op(frame, R):
        return following
    return op


@handler("RESUME")
def resume(site):
    """Mark where a frame starts or resumes (CPython checks for signals and
    tracing there). clearpy counts how often: code that runs often gets fused
    (see vm/fusion.py), and its fused blocks no longer count."""
    return warming_op(site.code, site.next)


@handler("POP_TOP")
def pop_top(site):
    """value -- : throw the top value away."""
    top, following = site.stack(1), site.next

    def op(frame, R):
        R[top] = NULL
        return following
    return op


@handler("PUSH_NULL")
def push_null(site):
    """-- null: push NULL (a call's "no self" marker)."""
    top, following = site.stack(0), site.next

    def op(frame, R):
        R[top] = NULL
        return following
    return op


@handler("COPY")
def copy(site):
    """bottom unused[oparg-1] -- bottom unused[oparg-1] top: push a copy of the value oparg deep."""
    source, top, following = site.stack(site.oparg), site.stack(0), site.next

    def op(frame, R):
        R[top] = R[source]
        return following
    return op


@handler("SWAP")
def swap(site):
    """bottom ... top -- top ... bottom: swap the top with the value oparg deep."""
    deep, top, following = site.stack(site.oparg), site.stack(1), site.next

    def op(frame, R):
        R[deep], R[top] = R[top], R[deep]
        return following
    return op


@handler("END_FOR")
def end_for(site):
    """value1 value2 -- : the end of a for loop pops the iterator and the last value."""
    first, second, following = site.stack(2), site.stack(1), site.next

    def op(frame, R):
        R[first] = R[second] = NULL
        return following
    return op


@handler("END_SEND")
def end_send(site):
    """receiver value -- value: drop the sub-iterator of a finished yield from / await."""
    receiver, value, following = site.stack(2), site.stack(1), site.next

    def op(frame, R):
        R[receiver] = R[value]
        R[value] = NULL
        return following
    return op
