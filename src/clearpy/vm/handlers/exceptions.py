"""Raising and catching exceptions, and ``with`` blocks.

Since Python 3.11 a ``try`` block costs nothing until something is raised:
no instruction marks where it starts. The exception table says which
handler covers which instructions (see ``eval_loop.unwind``); the handler
code then uses the instructions below to look at the exception, to record
it as "being handled" (``sys.exception()``), and to raise it again.
"""


from clearpy.vm.handlers import handler
from clearpy.vm.null import NULL
from clearpy.vm.protocols import type_lookup, type_name

CANNOT_CATCH = "catching classes that do not inherit from BaseException is not allowed"
CANNOT_EXCEPT_STAR_GROUP = ("catching ExceptionGroup with except* is not allowed. "
                            "Use except instead.")


def is_exception_class(value) -> bool:
    return isinstance(value, type) and issubclass(value, BaseException)


def instantiate(exception_class):
    """``raise ValueError`` raises ``ValueError()``."""
    value = exception_class()
    if not isinstance(value, BaseException):
        raise TypeError(f"calling {exception_class!r} should have returned an instance of "
                        f"BaseException, not {type(value)!r}")
    return value


def exception_to_raise(exc, cause=NULL) -> BaseException:
    """The exception object ``raise exc [from cause]`` raises (CPython's do_raise)."""
    if is_exception_class(exc):
        value = instantiate(exc)
    elif isinstance(exc, BaseException):
        value = exc
    else:
        raise TypeError("exceptions must derive from BaseException")
    if cause is not NULL:
        if is_exception_class(cause):
            cause = instantiate(cause)
        elif cause is not None and not isinstance(cause, BaseException):
            raise TypeError("exception causes must derive from BaseException")
        value.__cause__ = cause
    return value


@handler("RAISE_VARARGS")
def raise_varargs(site):
    """args[oparg] -- : ``raise`` (0), ``raise exc`` (1), ``raise exc from cause`` (2)."""
    count = site.oparg
    if count == 0:
        def op(frame, R):
            exc = frame.ts.handled_exception()
            if exc is None:
                raise RuntimeError("No active exception to reraise")
            frame.reraising = True   # a bare raise adds no traceback entry
            raise exc
    elif count == 1:
        exc_register = site.stack(1)

        def op(frame, R):
            exc = R[exc_register]
            R[exc_register] = NULL
            raise exception_to_raise(exc)
    else:
        exc_register, cause_register = site.stack(2), site.stack(1)

        def op(frame, R):
            exc, cause = R[exc_register], R[cause_register]
            R[exc_register] = R[cause_register] = NULL
            raise exception_to_raise(exc, cause)
    return op


@handler("RERAISE")
def reraise(site):
    """values[oparg] exc -- values[oparg]: raise the exception again, as it was.

    With oparg set, the value under it is the offset (in code units) of the
    instruction that raised it first, which becomes the frame's position again.
    """
    exc_register = site.stack(1)
    lasti_register = site.stack(site.oparg + 1) if site.oparg else None
    code = site.code

    def op(frame, R):
        exc = R[exc_register]
        R[exc_register] = NULL
        if lasti_register is not None:
            lasti = R[lasti_register]
            if type(lasti) is int:
                frame.reraise_index = code.index_of_offset.get(lasti * 2)
        frame.reraising = True
        raise exc
    return op


@handler("PUSH_EXC_INFO")
def push_exc_info(site):
    """new_exc -- prev_exc new_exc: entering an except (or finally) block, the
    exception becomes "the one being handled"; the previous one is saved."""
    previous, new, following = site.stack(1), site.stack(0), site.next

    def op(frame, R):
        exc = R[previous]
        info = frame.ts.exc_info
        R[previous] = info.value
        R[new] = exc
        info.value = exc
        return following
    return op


@handler("POP_EXCEPT")
def pop_except(site):
    """exc_value -- : leaving the block: the saved exception is handled again."""
    top, following = site.stack(1), site.next

    def op(frame, R):
        frame.ts.exc_info.value = R[top]
        R[top] = NULL
        return following
    return op


def exception_matches(exc, match) -> bool:
    """Does ``exc`` match ``match`` (a class or a tuple)? CPython's
    ``PyErr_GivenExceptionMatches``: no ``__subclasscheck__``, only the MRO."""
    if isinstance(match, tuple):
        return any(exception_matches(exc, item) for item in match)
    if isinstance(exc, BaseException):
        exc = type(exc)
    if isinstance(exc, type) and isinstance(match, type):
        return match in exc.__mro__
    return exc is match


def check_except_type(match) -> None:
    items = match if isinstance(match, tuple) else (match,)
    for item in items:
        if not is_exception_class(item):
            raise TypeError(CANNOT_CATCH)


@handler("CHECK_EXC_MATCH")
def check_exc_match(site):
    """left right -- left b: does the exception ``left`` match the except clause's ``right``?"""
    left, right, following = site.stack(2), site.stack(1), site.next

    def op(frame, R):
        match = R[right]
        check_except_type(match)
        R[right] = exception_matches(R[left], match)
        return following
    return op


@handler("CHECK_EG_MATCH")
def check_eg_match(site):
    """exc_value match_type -- rest match: split an exception group for ``except*``."""
    left, right, following = site.stack(2), site.stack(1), site.next

    def op(frame, R):
        exc, match_type = R[left], R[right]
        check_except_type(match_type)
        items = match_type if isinstance(match_type, tuple) else (match_type,)
        if any(issubclass(item, BaseExceptionGroup) for item in items):
            raise TypeError(CANNOT_EXCEPT_STAR_GROUP)
        match, rest = exception_group_match(exc, match_type)
        R[left], R[right] = rest, match
        if match is not None:
            frame.ts.exc_info.value = match
        return following
    return op


def exception_group_match(exc, match_type):
    """(match, rest) of ``exc`` for ``except* match_type`` (CPython's exception_group_match).

    A naked exception that matches is wrapped in a new group, without a
    traceback in CPython 3.12.1 (later releases give it one for this frame).
    """
    if exc is None:
        return None, None
    if exception_matches(exc, match_type):
        if isinstance(exc, BaseExceptionGroup):
            return exc, None
        return BaseExceptionGroup("", (exc,)), None
    if isinstance(exc, BaseExceptionGroup):
        return exc.split(match_type)
    return None, exc


@handler("LOAD_ASSERTION_ERROR")
def load_assertion_error(site):
    """-- value: push AssertionError (for a failing ``assert``)."""
    top, following = site.stack(0), site.next

    def op(frame, R):
        R[top] = AssertionError
        return following
    return op


def lookup_special(obj, name: str):
    """A special method bound to ``obj``, looked up on its type, or NULL
    (CPython's ``_PyObject_LookupSpecial``)."""
    kind = type(obj)
    attribute = type_lookup(kind, name)
    if attribute is NULL:
        return NULL
    get = type_lookup(type(attribute), "__get__")
    if get is not NULL:
        return get(attribute, obj, kind)
    return attribute


def enter_context(site, enter_name, exit_name, protocol):
    """mgr -- exit res: look up the exit method, call the enter method. Shared
    by ``with`` (BEFORE_WITH) and ``async with`` (BEFORE_ASYNC_WITH, whose
    result GET_AWAITABLE then awaits); only the method names and the words
    of the error messages differ."""
    manager, result, following, index = site.stack(1), site.stack(0), site.next, site.index

    def op(frame, R):
        mgr = R[manager]
        enter = lookup_special(mgr, enter_name)
        if enter is NULL:
            raise TypeError(f"'{type_name(mgr)}' object does not support the {protocol}")
        exit_ = lookup_special(mgr, exit_name)
        if exit_ is NULL:
            raise TypeError(f"'{type_name(mgr)}' object does not support the {protocol} "
                            f"(missed {exit_name} method)")
        R[manager] = exit_
        frame.pc = index
        R[result] = enter()
        return following
    return op


@handler("BEFORE_WITH")
def before_with(site):
    """mgr -- exit res: look up ``__exit__``, call ``__enter__``."""
    return enter_context(site, "__enter__", "__exit__", "context manager protocol")


@handler("WITH_EXCEPT_START")
def with_except_start(site):
    """exit_func lasti unused val -- ... res: call ``__exit__`` with the exception
    that is leaving the with block."""
    exit_register, value_register = site.stack(4), site.stack(1)
    result, following, index = site.stack(0), site.next, site.index

    def op(frame, R):
        exc = R[value_register]
        frame.pc = index
        R[result] = R[exit_register](type(exc), exc, exc.__traceback__)
        return following
    return op
