"""Generators and coroutines: yield, yield from, await, async for, async with."""

from clearpy.vm.code import CO_COROUTINE, CO_ITERABLE_COROUTINE
from clearpy.vm.errors import InternalError
from clearpy.vm.generators import (
    AsyncGenerator, Coroutine, Generator, GeneratorBase, get_awaitable_iter)
from clearpy.vm.handlers import handler
from clearpy.vm.handlers.exceptions import enter_context, exception_matches
from clearpy.vm.null import NULL
from clearpy.vm.protocols import type_lookup, type_name

YIELDED = -1   # what a handler returns to leave the eval loop with the frame suspended


@handler("RETURN_GENERATOR")
def return_generator(site):
    """Create the generator for this frame. (clearpy creates it when the
    function is called, and starts the frame after this instruction.)"""
    def op(frame, R):
        raise InternalError("RETURN_GENERATOR reached: the generator should exist already")
    return op


@handler("YIELD_VALUE")
def yield_value(site):
    """retval -- unused: suspend the frame and hand the value to whoever resumed it."""
    top, index = site.stack(1), site.index

    def op(frame, R):
        frame.result = R[top]
        R[top] = NULL
        frame.pc = index
        return YIELDED
    return op


@handler("GET_YIELD_FROM_ITER")
def get_yield_from_iter(site):
    """iterable -- iter: the iterator of ``yield from``."""
    top, following = site.stack(1), site.next
    coroutine_allowed = bool(site.code.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))

    def op(frame, R):
        value = R[top]
        kind = type(value)
        if kind is Coroutine:
            if not coroutine_allowed:
                raise TypeError("cannot 'yield from' a coroutine object in a non-coroutine "
                                "generator")
        elif kind is not Generator:
            R[top] = iter(value)
        return following
    return op


def send_to(ts, receiver, value):
    """One step of ``yield from``/``await``: ``(True, yielded)`` or ``(False, result)``."""
    kind = type(receiver)
    if kind is Generator or kind is Coroutine:
        return receiver._resume(ts, value)
    try:
        if value is None and type_lookup(kind, "__next__") is not NULL:
            return True, next(receiver)
        return True, receiver.send(value)
    except StopIteration as stop:
        return False, stop.value


@handler("SEND")
def send(site):
    """receiver v -- receiver retval: send a value into the sub-iterator; jump
    when it has finished, with its return value."""
    receiver, value, following, target = site.stack(2), site.stack(1), site.next, site.target
    index = site.index

    def op(frame, R):
        frame.pc = index
        going_on, result = send_to(frame.ts, R[receiver], R[value])
        R[value] = result
        return following if going_on else target
    return op


@handler("CLEANUP_THROW")
def cleanup_throw(site):
    """sub_iter last_sent_val exc_value -- none value: after throw() into a
    ``yield from``, a StopIteration means the sub-iterator returned."""
    sub_iter, last_sent, exc_register = site.stack(3), site.stack(2), site.stack(1)
    following = site.next

    def op(frame, R):
        exc = R[exc_register]
        if isinstance(exc, StopIteration):
            R[sub_iter] = None
            R[last_sent] = exc.value
            R[exc_register] = NULL
            return following
        frame.reraising = True
        raise exc
    return op


@handler("GET_AWAITABLE")
def get_awaitable(site):
    """iterable -- iter: what ``await`` iterates over."""
    top, following, where = site.stack(1), site.next, site.oparg

    def op(frame, R):
        value = R[top]
        awaitable = get_awaitable_iter(value)
        if awaitable is NULL:
            name = type_name(value)
            if where == 1:
                raise TypeError(f"'async with' received an object from __aenter__ that does "
                                f"not implement __await__: {name}")
            if where == 2:
                raise TypeError(f"'async with' received an object from __aexit__ that does "
                                f"not implement __await__: {name}")
            raise TypeError(f"object {name} can't be used in 'await' expression")
        if type(awaitable) is Coroutine and awaitable._yield_from() is not None:
            raise RuntimeError("coroutine is being awaited already")
        R[top] = awaitable
        return following
    return op


@handler("GET_AITER")
def get_aiter(site):
    """obj -- iter: ``async for``'s ``__aiter__``."""
    top, following = site.stack(1), site.next

    def op(frame, R):
        value = R[top]
        if type_lookup(type(value), "__aiter__") in (NULL, None):
            raise TypeError(f"'async for' requires an object with __aiter__ method, got "
                            f"{type_name(value)}")
        iterator = type(value).__aiter__(value)
        if type_lookup(type(iterator), "__anext__") in (NULL, None):
            raise TypeError(f"'async for' received an object from __aiter__ that does not "
                            f"implement __anext__: {type_name(iterator)}")
        R[top] = iterator
        return following
    return op


@handler("GET_ANEXT")
def get_anext(site):
    """aiter -- aiter awaitable: the awaitable of ``__anext__``."""
    aiter, top, following = site.stack(1), site.stack(0), site.next

    def op(frame, R):
        iterator = R[aiter]
        if type(iterator) is AsyncGenerator:
            R[top] = iterator.__anext__()
            return following
        if type_lookup(type(iterator), "__anext__") in (NULL, None):
            raise TypeError(f"'async for' requires an iterator with __anext__ method, got "
                            f"{type_name(iterator)}")
        next_value = type(iterator).__anext__(iterator)
        try:
            awaitable = get_awaitable_iter(next_value)
        except Exception as error:   # whatever __await__ raised becomes the cause
            raise TypeError(f"'async for' received an invalid object from __anext__: "
                            f"{type_name(next_value)}") from error
        if awaitable is NULL:
            raise TypeError(f"'async for' received an invalid object from __anext__: "
                            f"{type_name(next_value)}")
        R[top] = awaitable
        return following
    return op


@handler("END_ASYNC_FOR")
def end_async_for(site):
    """awaitable exc -- : the end of ``async for``: StopAsyncIteration ends the
    loop, anything else is raised again."""
    awaitable, exc_register, following = site.stack(2), site.stack(1), site.next

    def op(frame, R):
        exc = R[exc_register]
        if exception_matches(exc, StopAsyncIteration):
            R[awaitable] = R[exc_register] = NULL
            return following
        frame.reraising = True
        raise exc
    return op


@handler("BEFORE_ASYNC_WITH")
def before_async_with(site):
    """mgr -- exit res: look up ``__aexit__``, call ``__aenter__``."""
    return enter_context(site, "__aenter__", "__aexit__",
                         "asynchronous context manager protocol")


GeneratorBase  # noqa: B018
