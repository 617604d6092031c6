"""Generators, coroutines and async generators.

Calling a function whose code has the GENERATOR (or COROUTINE, or
ASYNC_GENERATOR) flag does not run it: it creates its frame, binds the
arguments, and wraps the frame in a generator object. Each ``send()`` (or
``next()``) *resumes* the frame: the VM runs it from where it stopped until
the next ``YIELD_VALUE``, which suspends it again and hands the value out, or
until it returns, which finishes the generator (``StopIteration(value)``).

What happens to a suspended frame is simple: nothing. Its registers keep
its local variables and its value stack, and ``frame.pc`` says where to
continue. That is the whole trick of generators.

These classes follow CPython's Objects/genobject.c closely (states, error
messages, ``throw()`` into a ``yield from``, ``close()``), and implement the
host's iterator and awaitable protocols, so that host code (``list(gen)``,
``asyncio``'s event loop) can drive them too.
"""

import collections
import weakref
import types

from clearpy.vm.code import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE
from clearpy.vm.errors import InternalError
from clearpy.vm.eval_loop import execute, execute_throw
from clearpy.vm.frame import Frame
from clearpy.vm.function import install_descriptor
from clearpy.vm.null import NULL
from clearpy.vm.protocols import type_lookup, type_name
from clearpy.vm.thread_state import ExcInfo

AsyncGenHooks = collections.namedtuple("asyncgen_hooks", ["firstiter", "finalizer"])

# Where a generator is in its life (CPython's frame states).
CREATED, SUSPENDED, RUNNING, FINISHED = "created", "suspended", "running", "finished"

_TracebackType = types.TracebackType


def make_generator(ts, function, code, R):
    """A new generator (coroutine, async generator) for a call of ``function``."""
    frame = Frame(code, R, function.func_globals, function.func_builtins, None, ts, 0)
    return make_generator_from_frame(frame, function.func_name, function.func_qualname)


def make_generator_from_frame(frame, name=None, qualname=None):
    code = frame.code
    co = code.co
    # Run what comes before RETURN_GENERATOR (MAKE_CELL, COPY_FREE_VARS); the
    # frame then stands at RETURN_GENERATOR and will resume after it.
    ops, R = code.ops(), frame.R
    pc = 0
    while code.sites[pc].name != "RETURN_GENERATOR":
        pc = ops[pc](frame, R)
    frame.pc = pc
    frame.back = None
    flags = code.flags
    if flags & CO_COROUTINE:
        kind = Coroutine
    elif flags & CO_ASYNC_GENERATOR:
        kind = AsyncGenerator
    else:
        kind = Generator
    generator = kind(frame, name or co.co_name, qualname or co.co_qualname)
    frame.generator = weakref.ref(generator)
    if kind is Coroutine and frame.ts.coroutine_origin_depth:
        generator.cr_origin = _coroutine_origin(frame.ts)
    return generator


def _coroutine_origin(ts):
    origin = []
    frame = ts.current
    while frame is not None and len(origin) < ts.coroutine_origin_depth:
        co = frame.code.co
        origin.append((co.co_filename, frame.f_lineno, co.co_name))
        frame = frame.back
    return tuple(origin)


def suspension_points(code):
    """For each instruction a frame can be suspended at (RETURN_GENERATOR,
    YIELD_VALUE): the register where the sent value goes when it resumes, and
    the register holding the iterator of a ``yield from``/``await`` suspended
    there (or None)."""
    points = code.__dict__.get("suspension_points")
    if points is not None:
        return points
    points = {}
    for site in code.sites:
        if site.name == "RETURN_GENERATOR" and site.depth is not None:
            points[site.index] = (code.stack_base + site.depth, None)
        elif site.name == "YIELD_VALUE" and site.depth is not None:
            following = code.sites[site.index + 1] if site.index + 1 < len(code.sites) else None
            delegating = following is not None and following.name == "RESUME" and following.oparg >= 2
            points[site.index] = (site.stack(1), site.stack(2) if delegating else None)
    code.suspension_points = points
    return points


def readonly(name, getter):
    """A read-only attribute, refusing assignment with CPython's message."""
    def refuse(self, value=None):
        raise AttributeError(f"attribute '{name}' of '{type(self).__name__}' objects is not "
                             f"writable")
    return property(getter, refuse, refuse)


class Unpicklable:
    """Generators and the objects that drive them cannot be copied or pickled:
    their state is a suspended frame."""

    def __reduce_ex__(self, protocol):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


# Attributes every Python class gives its instances, which CPython's
# generator types (written in C) do not have.
_NOT_IN_CPYTHONS_GENERATORS = {"__dict__", "__module__", "__weakref__"}


class GeneratorBase(Unpicklable):
    """What generators, coroutines and async generators share: a suspended frame
    and the machinery to resume it, throw into it and close it."""

    _kind = "generator"

    def __init__(self, frame, name, qualname):
        self._frame = frame
        self._state = CREATED
        self._exc_info = ExcInfo()
        self._interpreter = frame.ts.interpreter
        self._name = name
        self._qualname = qualname
        self._code = frame.code.co

    def __dir__(self):
        """What ``dir()`` lists (and "Did you mean" suggests): the attributes
        CPython's generators have, not clearpy's own machinery (``_frame``...)."""
        return [name for name in object.__dir__(self)
                if (not name.startswith("_") or name.startswith("__"))
                and name not in _NOT_IN_CPYTHONS_GENERATORS]

    # -- the machinery: resume the frame -------------------------------------------------

    def _ts(self):
        return self._interpreter.thread_state()

    def _resume(self, ts, value, thrown=None, closing=False):
        """Run the frame until it yields or returns.

        Returns ``(True, value)`` if it yielded, ``(False, value)`` if it
        returned; an exception that leaves the frame is raised.
        """
        state = self._state
        if state == CREATED and value is not None and thrown is None:
            raise TypeError(f"can't send non-None value to a just-started {self._kind}")
        if state == RUNNING:
            raise ValueError(f"{self._kind} already executing")
        if state == FINISHED:
            if self._kind == "coroutine" and not closing:
                raise RuntimeError("cannot reuse already awaited coroutine")
            if thrown is not None:
                raise thrown
            return False, None
        frame = self._frame
        caller = ts.current
        depth = caller.depth + 1 if caller is not None else 1
        frame.back = caller
        frame.ts = ts
        frame.depth = depth
        exc_info = self._exc_info
        exc_info.previous = ts.exc_info
        ts.exc_info = exc_info
        self._state = RUNNING
        ts.current = frame
        try:
            if depth > ts.recursion_limit:
                raise RecursionError("maximum recursion depth exceeded")
            points = suspension_points(frame.code)
            if thrown is None:
                if frame.jump_target is None:
                    frame.R[points[frame.pc][0]] = value
                    frame.pc += 1
                else:
                    # A trace function moved the suspended frame (f_lineno set
                    # at its yield, clearpy.vm.frame_jump). As CPython 3.12
                    # does, the sent value is pushed as if the target's first
                    # instruction had pushed it, and the frame goes on after it.
                    target, frame.jump_target = frame.jump_target, None
                    code = frame.code
                    frame.R[code.stack_base + code.sites[target].depth] = value
                    frame.pc = target + 1
                result = execute(frame)
            else:
                if exc_info.value is not None:
                    # As CPython's _PyErr_ChainStackItem: an exception thrown in
                    # while the generator handles one gets it as its context.
                    from clearpy.vm.eval_loop import chain_context
                    chain_context(ts, thrown)
                result = execute_throw(frame, thrown)
        except BaseException:
            self._finish()
            raise
        finally:
            ts.current = caller
            ts.exc_info = exc_info.previous
            exc_info.previous = None
            frame.back = None
        frame.result = None   # the frame must not keep the value alive
        if frame.pc not in points:
            self._finish()
            return False, result
        self._state = SUSPENDED
        return True, result

    def _finish(self):
        self._state = FINISHED
        self._frame.generator = None
        self._frame.carrier = None   # no frame <-> carrier cycle (see eval_loop.execute)
        self._frame = None

    def _close_delegate(self, delegate):
        """Close the iterator this generator is delegating to (`yield from`),
        as the generator itself would while running; return the exception the
        closing raised, or None. clearpy's own bugs are never caught here."""
        self._state = RUNNING
        try:
            close_iterator(delegate, self._interpreter)
        except InternalError:
            raise
        except BaseException as raised:
            error = raised
        else:
            error = None
        self._state = SUSPENDED
        return error

    def _yield_from(self):
        """The iterator a suspended ``yield from``/``await`` is delegating to, or None."""
        if self._state != SUSPENDED:
            return None
        frame = self._frame
        register = suspension_points(frame.code)[frame.pc][1]
        return frame.R[register] if register is not None else None

    def _send(self, ts, value):
        """send() without the StopIteration dance: the value yielded, or
        StopIteration carrying the return value."""
        return self._send_result(self._resume(ts, value))

    def _throw(self, ts, close_on_exit, typ, val=None, tb=None):
        """CPython's _gen_throw: pass the exception down a ``yield from`` chain
        first, then raise it in this frame.

        (The frame is never resumed from inside an ``except`` block here: the
        host would take the exception it handles for the context of whatever
        the program raises next.)
        """
        delegate = self._yield_from()
        if delegate is None:
            return self._throw_here(ts, typ, val, tb)
        error = result = None
        if close_on_exit and _is_generator_exit(typ):
            # Closing: close the sub-iterator, then throw GeneratorExit here.
            error = self._close_delegate(delegate)
            if error is None:
                return self._throw_here(ts, typ, val, tb)
        elif type(delegate) is Generator or type(delegate) is Coroutine:
            # This frame is the one running while the sub-generator handles the
            # exception (its f_back), as in CPython's _gen_throw.
            self._state = RUNNING
            frame, caller = self._frame, ts.current
            frame.back, ts.current = caller, frame
            try:
                result = delegate._throw(ts, close_on_exit, typ, val, tb)
            except InternalError:
                raise
            except BaseException as raised:
                error = raised
            finally:
                ts.current, frame.back = caller, None
            self._state = SUSPENDED
        else:
            try:
                method = delegate.throw
            except AttributeError:
                return self._throw_here(ts, typ, val, tb)
            self._state = RUNNING
            try:
                result = method(typ, val, tb)
            except InternalError:
                raise
            except BaseException as raised:
                error = raised
            self._state = SUSPENDED
        if error is None:
            return result
        # The sub-iterator finished (StopIteration) or failed: that goes on here.
        return self._send_result(self._resume(ts, None, thrown=error))

    def _throw_here(self, ts, typ, val, tb):
        if tb is not None and type(tb) is not _TracebackType:
            raise TypeError("throw() third argument must be a traceback object")
        if isinstance(typ, type) and issubclass(typ, BaseException):
            # CPython's PyErr_NormalizeException: if making the exception fails,
            # that failure is what is thrown into the generator.
            exc = None
            try:
                if isinstance(val, typ):
                    exc = val
                elif val is None:
                    exc = typ()
                elif isinstance(val, tuple):
                    exc = typ(*val)
                else:
                    exc = typ(val)
            except InternalError:
                raise
            except BaseException as error:
                exc = error
            if not isinstance(exc, BaseException):
                exc = TypeError(f"calling {typ!r} should have returned an instance of "
                                f"BaseException, not {type(exc)!r}")
        elif isinstance(typ, BaseException):
            if val is not None:
                raise TypeError("instance exception may not have a separate value")
            exc = typ
        else:
            raise TypeError(f"exceptions must be classes or instances deriving from "
                            f"BaseException, not {type_name(typ)}")
        if tb is not None:
            exc.__traceback__ = tb
        return self._send_result(self._resume(ts, None, thrown=exc))

    def _send_result(self, outcome):
        """The value yielded, or the right exception for a finished frame."""
        yielded, value = outcome
        if yielded:
            return value
        if self._kind == "async generator":
            raise StopAsyncIteration
        if value is None:
            raise StopIteration
        raise StopIteration(value)

    def _close(self, ts):
        if self._state == CREATED:
            self._finish()
            return None
        if self._state == FINISHED:
            return None
        delegate = self._yield_from()
        thrown = None
        if delegate is not None:
            thrown = self._close_delegate(delegate)
        if thrown is None:
            thrown = GeneratorExit()
        try:
            yielded, value = self._resume(ts, None, thrown=thrown, closing=True)
        except (StopIteration, GeneratorExit):
            return None
        if yielded:
            raise RuntimeError(f"{self._kind} ignored GeneratorExit")
        return None

    def __del__(self):
        self._finalize()

    def _finalize(self):
        """What happens to a generator that is freed or whose frame is cleared
        (CPython's _PyGen_Finalize): if it is suspended, it is closed; what
        that raises cannot be raised, and is reported as unraisable."""
        if self._state != SUSPENDED:
            return
        try:
            self._close(self._ts())
        except BaseException as error:
            write_unraisable(self._interpreter, error, self)

    def __repr__(self):
        return f"<{self._kind} object {self._qualname} at {id(self):#x}>"

    @property
    def __name__(self):
        return self._name

    @__name__.setter
    def __name__(self, value):
        if not isinstance(value, str):
            raise TypeError("__name__ must be set to a string object")
        self._name = value

    @__name__.deleter
    def __name__(self):
        raise TypeError("__name__ must be set to a string object")

    def _get_qualname(self):
        return self._qualname

    def _set_qualname(self, value):
        if not isinstance(value, str):
            raise TypeError("__qualname__ must be set to a string object")
        self._qualname = value

    def _delete_qualname(self):
        raise TypeError("__qualname__ must be set to a string object")


class Generator(GeneratorBase):
    """A generator (``types.GeneratorType`` as interpreted programs see it)."""

    _kind = "generator"

    def __iter__(self):
        """Implement iter(self)."""
        return self

    def __next__(self):
        """Implement next(self)."""
        yielded, value = self._resume(self._ts(), None)
        if yielded:
            return value
        if value is None:
            raise StopIteration
        raise StopIteration(value)

    def send(self, value, /):
        """send(arg) -> send 'arg' into generator,
return next yielded value or raise StopIteration."""
        return self._send_result(self._resume(self._ts(), value))

    def throw(self, typ, val=None, tb=None, /):
        """throw(value)
throw(type[,value[,tb]])

Raise exception in generator, return next yielded value or raise
StopIteration."""
        return _public_throw(self, typ, val, tb)

    def close(self):
        """close() -> raise GeneratorExit inside generator."""
        return self._close(self._ts())

    gi_frame = readonly("gi_frame", lambda self: self._frame)

    gi_running = readonly("gi_running", lambda self: self._state == RUNNING)

    gi_suspended = readonly("gi_suspended", lambda self: self._state == SUSPENDED)

    gi_code = readonly("gi_code", lambda self: self._code)

    gi_yieldfrom = readonly("gi_yieldfrom", lambda self: self._yield_from())


install_descriptor(GeneratorBase, "__qualname__",
                   property(GeneratorBase._get_qualname, GeneratorBase._set_qualname,
                            GeneratorBase._delete_qualname))


def _public_throw(generator, typ, val, tb):
    if val is not None or tb is not None:
        generator._interpreter.warn(DeprecationWarning,
                                   "the (type, exc, tb) signature of throw() is deprecated, "
                                   "use the single-arg signature instead.")
    return generator._throw(generator._ts(), True, typ, val, tb)


def _is_generator_exit(typ) -> bool:
    if isinstance(typ, BaseException):
        return isinstance(typ, GeneratorExit)
    return isinstance(typ, type) and issubclass(typ, GeneratorExit)


def close_iterator(iterator, interpreter=None):
    """Close the iterator a ``yield from`` delegates to (CPython's gen_close_iter).
    A failure to look ``close`` up is reported as unraisable, not raised."""
    if type(iterator) is Generator or type(iterator) is Coroutine:
        iterator._close(iterator._ts())
        return
    try:
        method = iterator.close
    except AttributeError:
        return
    except InternalError:
        raise
    except BaseException as error:
        if interpreter is not None:
            write_unraisable(interpreter, error, iterator)
        return
    method()


def write_unraisable(interpreter, error, obj, message=None):
    from clearpy.vm.hooks import write_unraisable as write

    write(interpreter, error, obj, message)


def _is_coroutine(value) -> bool:
    return type(value) is Coroutine or (
        type(value) is Generator and value._code.co_flags & CO_ITERABLE_COROUTINE)


def get_awaitable_iter(value):
    """The iterator ``await value`` drives (CPython's _PyCoro_GetAwaitableIter), or NULL."""
    if _is_coroutine(value):
        return value
    getter = type_lookup(type(value), "__await__")
    if getter is NULL or getter is None:
        return NULL
    result = value.__await__()
    if _is_coroutine(result):
        raise TypeError("__await__() returned a coroutine")
    if type_lookup(type(result), "__next__") is NULL:
        raise TypeError(f"__await__() returned non-iterator of type '{type_name(result)}'")
    return result


class Coroutine(GeneratorBase):
    """A coroutine (``types.CoroutineType`` as interpreted programs see it)."""

    _kind = "coroutine"
    cr_origin = None

    def __await__(self):
        return CoroutineWrapper(self)

    def send(self, value, /):
        """send(arg) -> send 'arg' into coroutine,
return next iterated value or raise StopIteration."""
        return self._send_result(self._resume(self._ts(), value))

    def throw(self, typ, val=None, tb=None, /):
        """throw(value)
throw(type[,value[,traceback]])

Raise exception in coroutine, return next iterated value or raise
StopIteration."""
        return _public_throw(self, typ, val, tb)

    def close(self):
        """close() -> raise GeneratorExit inside coroutine."""
        return self._close(self._ts())

    def _finalize(self):
        if self._state == CREATED:
            _warn_unawaited(self)
            return
        super()._finalize()

    cr_frame = readonly("cr_frame", lambda self: self._frame)

    cr_running = readonly("cr_running", lambda self: self._state == RUNNING)

    cr_suspended = readonly("cr_suspended", lambda self: self._state == SUSPENDED)

    cr_code = readonly("cr_code", lambda self: self._code)

    cr_await = readonly("cr_await", lambda self: self._yield_from())


def _warn_unawaited(coroutine):
    """A coroutine dies without having run: "coroutine 'f' was never awaited"
    (CPython's _PyErr_WarnUnawaitedCoroutine). The warnings module's
    ``_warn_unawaited_coroutine`` says it (it adds where the coroutine was
    made); if that fails, the failure is unraisable and a plain warning follows.
    A warning made an error is unraisable too: a finalizer cannot raise."""
    interpreter = coroutine._interpreter
    warned = False
    try:
        warn_unawaited = getattr(interpreter.import_module("warnings"),
                                 "_warn_unawaited_coroutine", None)
    except ImportError:
        warn_unawaited = None
    if warn_unawaited is not None:
        try:
            warn_unawaited(coroutine)
            warned = True
        except BaseException as error:
            warned = isinstance(error, RuntimeWarning)
            write_unraisable(interpreter, error, coroutine)
    if not warned:
        try:
            interpreter.warn(RuntimeWarning,
                             f"coroutine '{coroutine.__qualname__}' was never awaited")
        except BaseException as error:
            write_unraisable(interpreter, error, coroutine)


class CoroutineWrapper(Unpicklable):
    """What ``coroutine.__await__()`` returns: the coroutine as an iterator."""

    def __init__(self, coroutine):
        self._coroutine = coroutine

    def __iter__(self):
        return self

    def __next__(self):
        return self._coroutine.send(None)

    def send(self, value, /):
        return self._coroutine.send(value)

    def throw(self, typ, val=None, tb=None, /):
        return self._coroutine.throw(typ, val, tb)

    def close(self):
        return self._coroutine.close()


# -- async generators ------------------------------------------------------------------------

class AsyncGenWrappedValue:
    """A value an async generator yields (not a value its awaits pass through)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


INIT, ITERATING, CLOSED = "init", "iterating", "closed"


class AsyncGenerator(GeneratorBase):
    """An async generator (``types.AsyncGeneratorType`` for interpreted programs)."""

    _kind = "async generator"
    # AsyncGenerator[YieldType, SendType], as CPython's async_generator type allows.
    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, frame, name, qualname):
        super().__init__(frame, name, qualname)
        self._finalizer = None
        self._hooks_initialised = False
        self._closed = False
        self._running_async = False

    def _init_hooks(self):
        if self._hooks_initialised:
            return
        self._hooks_initialised = True
        ts = self._ts()
        if ts.async_gen_finalizer is not None:
            self._finalizer = ts.async_gen_finalizer
        if ts.async_gen_firstiter is not None:
            ts.async_gen_firstiter(self)

    def __aiter__(self):
        return self

    def __anext__(self):
        self._init_hooks()
        return AsyncGenASend(self, None)

    def asend(self, value, /):
        self._init_hooks()
        return AsyncGenASend(self, value)

    def athrow(self, typ, val=None, tb=None, /):
        if val is not None or tb is not None:
            self._interpreter.warn(DeprecationWarning,
                                  "the (type, exc, tb) signature of athrow() is deprecated, "
                                  "use the single-arg signature instead.")
        self._init_hooks()
        return AsyncGenAThrow(self, (typ, val, tb))

    def aclose(self):
        self._init_hooks()
        return AsyncGenAThrow(self, None)

    def _finalize(self):
        if self._state != SUSPENDED:
            return
        if self._finalizer is not None and not self._closed:
            try:
                self._finalizer(self)
            except BaseException as error:
                write_unraisable(self._interpreter, error, self)
            return
        super()._finalize()

    ag_frame = readonly("ag_frame", lambda self: self._frame)

    ag_running = readonly("ag_running", lambda self: self._running_async)

    ag_suspended = readonly("ag_suspended", lambda self: self._state == SUSPENDED)

    ag_code = readonly("ag_code", lambda self: self._code)

    ag_await = readonly("ag_await", lambda self: self._yield_from())


def _unwrap_async(generator, send):
    """Run ``send()`` on an async generator and sort out what came back: a
    wrapped value is the generator yielding (StopIteration(value) for the
    awaiting code), anything else passes through to the event loop."""
    try:
        result = send()
    except (StopAsyncIteration, GeneratorExit):
        generator._closed = True
        generator._running_async = False
        raise
    except StopIteration:
        # The generator returned: the async iteration is over.
        generator._closed = True
        generator._running_async = False
        raise StopAsyncIteration from None
    except BaseException:
        generator._running_async = False
        raise
    if type(result) is AsyncGenWrappedValue:
        generator._running_async = False
        raise StopIteration(result.value)
    return result


class AsyncGenASend(Unpicklable):
    """The awaitable of ``agen.__anext__()`` / ``agen.asend(value)``."""

    def __init__(self, generator, value):
        self._generator = generator
        self._value = value
        self._state = INIT

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value, /):
        if self._state == CLOSED:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        generator = self._generator
        if self._state == INIT:
            if generator._running_async:
                raise RuntimeError("anext(): asynchronous generator is already running")
            if value is None:
                value = self._value
            self._state = ITERATING
        generator._running_async = True
        try:
            return _unwrap_async(generator, lambda: generator._send(generator._ts(), value))
        except BaseException:
            self._state = CLOSED
            raise

    def throw(self, typ, val=None, tb=None, /):
        if self._state == CLOSED:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        generator = self._generator
        try:
            return _unwrap_async(generator, lambda: _public_throw(generator, typ, val, tb))
        except BaseException:
            self._state = CLOSED
            raise

    def close(self):
        self._state = CLOSED


class AsyncGenAThrow(Unpicklable):
    """The awaitable of ``agen.athrow(...)`` and ``agen.aclose()``."""

    def __init__(self, generator, arguments):
        self._generator = generator
        self._arguments = arguments   # None for aclose()
        self._state = INIT

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _ignored_exit(self):
        self._generator._running_async = False
        self._state = CLOSED
        return RuntimeError("async generator ignored GeneratorExit")

    def send(self, value, /):
        generator = self._generator
        if self._state == CLOSED:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        if generator._state == FINISHED:
            self._state = CLOSED
            raise StopIteration
        closing = self._arguments is None
        if self._state == INIT:
            if generator._running_async:
                self._state = CLOSED
                raise RuntimeError(f"{'aclose' if closing else 'athrow'}(): asynchronous "
                                   f"generator is already running")
            if generator._closed:
                self._state = CLOSED
                raise StopAsyncIteration
            if value is not None:
                raise RuntimeError("can't send non-None value to a just-started coroutine")
            self._state = ITERATING
            generator._running_async = True
            ts = generator._ts()
            if closing:
                generator._closed = True
                try:
                    result = generator._throw(ts, False, GeneratorExit)
                except BaseException as error:
                    if self._closed_by(error):
                        raise StopIteration from None
                    raise
                if type(result) is AsyncGenWrappedValue:
                    raise self._ignored_exit()
                return result
            typ, val, tb = self._arguments
            try:
                return _unwrap_async(generator, lambda: generator._throw(ts, False, typ, val, tb))
            except BaseException as error:
                if self._closed_by(error):
                    raise StopIteration from None
                raise
        try:
            if not closing:
                return _unwrap_async(generator, lambda: generator._send(generator._ts(), value))
            result = generator._send(generator._ts(), value)
        except BaseException as error:
            if self._closed_by(error):
                raise StopIteration from None
            raise
        if type(result) is AsyncGenWrappedValue:
            raise self._ignored_exit()
        return result

    def _closed_by(self, error) -> bool:
        """The athrow() or aclose() ended with ``error``, which propagates as it
        is (its cause and traceback kept), unless this is aclose() and the
        error says the generator is closed: then True, and StopIteration is
        raised instead."""
        self._generator._running_async = False
        self._state = CLOSED
        return self._arguments is None and isinstance(error, (StopAsyncIteration, GeneratorExit))

    def throw(self, typ, val=None, tb=None, /):
        if self._state == CLOSED:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        generator = self._generator
        if self._arguments is not None:
            return _unwrap_async(generator, lambda: _public_throw(generator, typ, val, tb))
        try:
            result = _public_throw(generator, typ, val, tb)
        except (StopAsyncIteration, GeneratorExit):
            raise StopIteration from None
        if type(result) is AsyncGenWrappedValue:
            raise self._ignored_exit()
        return result

    def close(self):
        self._state = CLOSED


def set_asyncgen_hooks(ts, *args, **kwargs):
    """sys.set_asyncgen_hooks([firstiter] [, finalizer])"""
    missing = object()
    if len(args) > 2:
        raise TypeError(f"set_asyncgen_hooks() takes at most 2 arguments ({len(args)} given)")
    firstiter = args[0] if len(args) > 0 else kwargs.pop("firstiter", missing)
    finalizer = args[1] if len(args) > 1 else kwargs.pop("finalizer", missing)
    if kwargs:
        name = next(iter(kwargs))
        raise TypeError(f"set_asyncgen_hooks() got an unexpected keyword argument '{name}'")
    if finalizer is not missing and finalizer is not None and not callable(finalizer):
        raise TypeError(f"callable finalizer expected, got {type_name(finalizer)}")
    if firstiter is not missing and firstiter is not None and not callable(firstiter):
        raise TypeError(f"callable firstiter expected, got {type_name(firstiter)}")
    if finalizer is not missing:
        ts.async_gen_finalizer = finalizer
    if firstiter is not missing:
        ts.async_gen_firstiter = firstiter


# Interpreted programs see these classes as the types in ``types``.
for _cls, _name in ((Generator, "generator"), (Coroutine, "coroutine"),
                    (AsyncGenerator, "async_generator"), (CoroutineWrapper, "coroutine_wrapper"),
                    (AsyncGenASend, "async_generator_asend"),
                    (AsyncGenAThrow, "async_generator_athrow"),
                    (AsyncGenWrappedValue, "async_generator_wrapped_value")):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = "builtins"
