"""Calling things: interpreted functions, bound methods, classes, host callables.

``call()`` is what the ``CALL`` instructions use. Calling an interpreted
function does not go through the host's call machinery: the VM binds the
arguments into the registers of a new frame and runs the eval loop on it
directly. That is faster, and it keeps deep interpreted recursion from
piling up host C stack (see docs/vm.md, "Recursion").

Everything else (built-in functions, host classes, objects with
``__call__``) is called the host way; if it calls back into interpreted code,
``Function.__call__`` brings it back into the VM.
"""

import types

from clearpy.vm.arguments import bind_arguments
from clearpy.vm.eval_loop import execute
from clearpy.vm.frame import Frame
from clearpy.vm.function import Function
from clearpy.vm.null import NULL

_MethodType = types.MethodType


def call(frame, callable, args: list, kwnames: tuple | None):
    """Call ``callable`` from interpreted ``frame`` with ``args`` (keyword values
    last, named by ``kwnames``); return the result."""
    kind = type(callable)
    if kind is Function:
        return call_function(frame.ts, frame, callable, args, kwnames)
    if kind is _MethodType:
        function = callable.__func__
        if type(function) is Function:
            args.insert(0, callable.__self__)
            return call_function(frame.ts, frame, function, args, kwnames)
    if kind is type:
        adapt = _ADAPTERS.get(callable)
        if adapt is not None:
            return adapt(frame, callable, args, kwnames)
    if len(args) >= 3:
        _give_new_class_a_module(frame, callable, args)
    if kwnames:
        split = len(args) - len(kwnames)
        return callable(*args[:split], **dict(zip(kwnames, args[split:])))
    return callable(*args)


_type_new = type.__new__


def _host_call(callable, args, kwnames):
    if kwnames:
        split = len(args) - len(kwnames)
        return callable(*args[:split], **dict(zip(kwnames, args[split:])))
    return callable(*args)


def _traceback_type(frame, callable, args, kwnames):
    """``types.TracebackType(next, frame, lasti, lineno)`` with an interpreted
    frame: the host needs the frame's carrier (see tracebacks.py)."""
    from clearpy.vm.frame import Frame
    from clearpy.vm.tracebacks import carrier_of

    if kwnames is None and len(args) > 1 and isinstance(args[1], Frame):
        args[1] = carrier_of(args[1])
    return _host_call(callable, args, kwnames)


def _module_of_caller(frame, callable, args, kwnames):
    """TypeVar and its kin take ``__module__`` from the Python function that
    calls them (CPython's ``caller()``), which for the host would be clearpy's
    own code. So a host function with the interpreted frame's globals, and
    thus its module, makes the call."""
    if kwnames:
        count = len(kwnames)
        positional, keywords = args[:-count], dict(zip(kwnames, args[-count:]))
    else:
        positional, keywords = args, {}
    return types.FunctionType(_CALL_FROM_MODULE, frame.globals)(callable, positional, keywords)


_CALL_FROM_MODULE = compile("def call(callable, args, kwargs): return callable(*args, **kwargs)",
                            "<call from the program's module>", "exec").co_consts[0]


def _typing_classes():
    import typing

    return (typing.TypeVar, typing.ParamSpec, typing.TypeVarTuple, typing.TypeAliasType)


# Host classes whose call needs to know about the interpreted world.
_ADAPTERS = {types.TracebackType: _traceback_type}
_ADAPTERS.update(dict.fromkeys(_typing_classes(), _module_of_caller))


def _give_new_class_a_module(frame, callable, args):
    """``type(name, bases, namespace)`` sets the new class's ``__module__`` from
    the globals of the frame that is running: for CPython that is the
    interpreted caller, for the host it would be clearpy's own code. So clearpy
    adds it before the call, to a copy of the namespace as type() would."""
    if callable is _type_new:
        position = 3
    elif isinstance(callable, type) and issubclass(callable, type):
        position = 2
    else:
        return
    if len(args) != position + 1:
        return
    namespace = args[position]
    if type(namespace) is dict and "__module__" not in namespace:
        name = frame.globals.get("__name__")
        if name is not None:
            args[position] = {**namespace, "__module__": name}


def call_function(ts, caller, function, args: list, kwnames):
    """Run interpreted ``function`` in a new frame on thread ``ts``; return its result.

    ``caller`` is the interpreted frame the call comes from (None at the top).
    A generator or coroutine function does not run: it returns the generator.
    """
    code = function.func_code
    if kwnames is None and len(args) == code.simple_argcount:
        # Speed: the commonest call, exactly the positional parameters, binds
        # here without a call of bind_arguments (whose first case it is).
        args += code.tail
        R = args
    else:
        R = bind_arguments(function, code, args, kwnames)
    closure = function.func_closure
    if closure is not None:
        R[code.free_start:code.free_start + len(closure)] = closure
    if code.is_generator_like:
        from clearpy.vm.generators import make_generator

        return make_generator(ts, function, code, R)
    depth = caller.depth + 1 if caller is not None else 1
    if depth > ts.recursion_limit:
        raise RecursionError("maximum recursion depth exceeded")
    # Speed: Frame(code, R, globals, builtins, caller, ts, depth) without the
    # call of Frame.__init__ (which costs as much as the rest of this function):
    # the same attributes, set here.
    frame = _new_object(Frame)
    frame.code = code
    frame.R = R
    frame.globals = function.func_globals
    frame.builtins = function.func_builtins
    frame.back = caller
    frame.ts = ts
    frame.depth = depth
    ts.current = frame
    try:
        return execute(frame)
    finally:
        ts.current = caller


_new_object = object.__new__


def call_from_host(function, args: tuple, kwargs: dict):
    """Host code calls an interpreted function (``Function.__call__``)."""
    ts = function.func_interpreter.thread_state()
    arguments = list(args)
    kwnames = None
    if kwargs:
        kwnames = tuple(kwargs)
        arguments.extend(kwargs.values())
    return call_function(ts, ts.current, function, arguments, kwnames)


def run_function_with_locals(ts, function, namespace):
    """Run a class body: a function without arguments whose local variables
    live in ``namespace`` (the mapping ``__prepare__`` returned)."""
    code = function.func_code
    R = [NULL] * code.register_count
    closure = function.func_closure
    if closure is not None:
        R[code.free_start:code.free_start + len(closure)] = closure
    caller = ts.current
    depth = caller.depth + 1 if caller is not None else 1
    if depth > ts.recursion_limit:
        raise RecursionError("maximum recursion depth exceeded")
    frame = Frame(code, R, function.func_globals, function.func_builtins, caller, ts, depth)
    frame.locals = namespace
    ts.current = frame
    try:
        return execute(frame)
    finally:
        ts.current = caller
