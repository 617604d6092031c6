"""Calls, and making functions and classes."""

import types

from clearpy.bytecode.instructions import INTRINSIC_1, INTRINSIC_2
from clearpy.vm import intrinsics
from clearpy.vm.calls import call, call_function
from clearpy.vm.function import Function
from clearpy.vm.handlers import handler
from clearpy.vm.null import NULL
from clearpy.vm.protocols import has_iter_slot, is_sequence, function_str, type_name

_ModuleType = types.ModuleType


@handler("KW_NAMES")
def kw_names(site):
    """Name the keyword arguments of the CALL that follows. (That CALL reads
    the names itself when it is decoded, so there is nothing to do here.)"""
    following = site.next

    def op(frame, R):
        return following
    return op


@handler("CALL")
def call_handler(site):
    """method callable args[oparg] -- res: call with oparg arguments.

    Under the function there is either NULL (a plain call) or, for a method
    call (``obj.m(...)`` after LOAD_ATTR), the method, with ``obj`` in the
    callable's place as its first argument.
    """
    count = site.oparg
    method, callable_, following, index = site.stack(count + 2), site.stack(count + 1), site.next, site.index
    end = callable_ + 1 + count
    clear = [NULL] * (count + 1)
    previous = site.code.sites[site.index - 1] if site.index else None
    kwnames = None
    if previous is not None and previous.name == "KW_NAMES":
        kwnames = site.code.co.co_consts[previous.oparg]

    def op(frame, R):
        function = R[method]
        if function is NULL:
            function = R[callable_]
            args = R[callable_ + 1:end]
        else:
            args = R[callable_:end]
        frame.pc = index
        if type(function) is Function:
            # Speed: call()'s first case, without the call of call().
            R[method] = call_function(frame.ts, frame, function, args, kwnames)
        else:
            R[method] = call(frame, function, args, kwnames)
        R[callable_:end] = clear
        return following
    return op


@handler("CALL_FUNCTION_EX")
def call_function_ex(site):
    """unused func callargs kwargs if (oparg & 1) -- result: ``f(*args, **kwargs)``."""
    has_kwargs = site.oparg & 1
    result = site.stack(4 if has_kwargs else 3)
    func, callargs = result + 1, result + 2
    kwargs = result + 3 if has_kwargs else None
    end, following, index = result + (4 if has_kwargs else 3), site.next, site.index

    def op(frame, R):
        function, positional = R[func], R[callargs]
        if type(positional) is not tuple:
            if not has_iter_slot(positional) and not is_sequence(positional):
                raise TypeError(f"{function_str(function)} argument after * must be an "
                                f"iterable, not {type_name(positional)}")
        args = list(positional)
        names = None
        if kwargs is not None:
            keywords = R[kwargs]
            if keywords:
                for key in keywords:
                    if not isinstance(key, str):
                        raise TypeError("keywords must be strings")
                names = tuple(keywords)
                args.extend(keywords.values())
        frame.pc = index
        R[result] = call(frame, function, args, names)
        for register in range(result + 1, end):
            R[register] = NULL
        return following
    return op


@handler("MAKE_FUNCTION")
def make_function(site):
    """(defaults) (kwdefaults) (annotations) (closure) codeobj -- func."""
    flags = site.oparg
    parts = [flag for flag in (0x01, 0x02, 0x04, 0x08) if flags & flag]
    first = site.stack(len(parts) + 1)
    registers = {flag: first + position for position, flag in enumerate(parts)}
    code_register = first + len(parts)
    following, enclosing = site.next, site.code

    def op(frame, R):
        co = R[code_register]
        globals_ = frame.globals
        builtins = globals_.get("__builtins__", NULL) if type(globals_) is dict else NULL
        if builtins is NULL:
            builtins = frame.builtins
        elif type(builtins) is _ModuleType:
            builtins = builtins.__dict__
        function = Function(
            co, globals_, code=enclosing.nested_code(co), builtins=builtins,
            interpreter=frame.ts.interpreter,
            defaults=R[registers[0x01]] if 0x01 in registers else None,
            kwdefaults=R[registers[0x02]] if 0x02 in registers else None,
            annotations=R[registers[0x04]] if 0x04 in registers else None,
            closure=R[registers[0x08]] if 0x08 in registers else None)
        R[first] = function
        for register in range(first + 1, code_register + 1):
            R[register] = NULL
        return following
    return op


@handler("LOAD_BUILD_CLASS")
def load_build_class(site):
    """-- bc: push ``builtins.__build_class__`` (for a class statement)."""
    top, following = site.stack(0), site.next

    def op(frame, R):
        try:
            R[top] = frame.builtins["__build_class__"]
        except KeyError:
            raise NameError("__build_class__ not found") from None
        return following
    return op


@handler("CALL_INTRINSIC_1")
def call_intrinsic_1(site):
    """value -- res: one of the helpers too rare to have their own instruction."""
    function = intrinsics.ONE_ARGUMENT[INTRINSIC_1[site.oparg]]
    top, following = site.stack(1), site.next

    def op(frame, R):
        R[top] = function(frame, R[top])
        return following
    return op


@handler("CALL_INTRINSIC_2")
def call_intrinsic_2(site):
    """value2 value1 -- res."""
    function = intrinsics.TWO_ARGUMENTS[INTRINSIC_2[site.oparg]]
    second, first, following = site.stack(2), site.stack(1), site.next

    def op(frame, R):
        R[second] = function(frame, R[second], R[first])
        R[first] = NULL
        return following
    return op
