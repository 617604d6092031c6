"""The intrinsic functions of CALL_INTRINSIC_1 and CALL_INTRINSIC_2.

Operations too rare to deserve an instruction of their own: printing an
expression's value in the interactive prompt, ``from m import *``, turning a
``StopIteration`` that escapes a generator into a ``RuntimeError``, the
helpers of ``except*`` and of PEP 695's type parameters. Each takes the
frame and the value(s) from the stack.
"""

import types

from clearpy.vm.code import CO_ASYNC_GENERATOR, CO_COROUTINE
from clearpy.vm.errors import InternalError


def _invalid(frame, *values):
    raise SystemError("invalid intrinsic function")


def print_expression(frame, value):
    """INTRINSIC_PRINT: the interactive prompt shows an expression's value."""
    hook = frame.ts.interpreter.sys.__dict__.get("displayhook")
    if hook is None:
        raise RuntimeError("lost sys.displayhook")
    return hook(value)


def import_star(frame, module):
    """INTRINSIC_IMPORT_STAR: ``from module import *`` into the frame's namespace."""
    namespace = frame.locals
    if namespace is None:
        raise SystemError("no locals found during 'import *'")
    skip_private = False
    try:
        names = module.__all__
    except AttributeError:
        try:
            module_dict = module.__dict__
        except AttributeError:
            raise ImportError("from-import-* object has no __dict__ and no __all__") from None
        names = list(module_dict.keys())
        skip_private = True
    position = 0
    while True:
        try:
            name = names[position]
        except IndexError:
            break
        position += 1
        if not isinstance(name, str):
            module_name = module.__name__
            if not isinstance(module_name, str):
                raise TypeError(f"module __name__ must be a string, not "
                                f"{type(module_name).__name__}")
            raise TypeError(f"{'Key' if skip_private else 'Item'} in {module_name}."
                            f"{'__dict__' if skip_private else '__all__'} must be str, "
                            f"not {type(name).__name__}")
        if skip_private and name.startswith("_"):
            continue
        namespace[name] = getattr(module, name)
    return None


def stopiteration_error(frame, exc):
    """INTRINSIC_STOPITERATION_ERROR: PEP 479, StopIteration must not escape a generator."""
    flags = frame.code.flags
    message = None
    if isinstance(exc, StopIteration):
        message = "generator raised StopIteration"
        if flags & CO_ASYNC_GENERATOR:
            message = "async generator raised StopIteration"
        elif flags & CO_COROUTINE:
            message = "coroutine raised StopIteration"
    elif flags & CO_ASYNC_GENERATOR and isinstance(exc, StopAsyncIteration):
        message = "async generator raised StopAsyncIteration"
    if message is None:
        return exc
    error = RuntimeError(message)
    error.__cause__ = exc
    error.__context__ = exc
    return error


def async_gen_wrap(frame, value):
    """INTRINSIC_ASYNC_GEN_WRAP: mark a value yielded by an async generator."""
    from clearpy.vm.generators import AsyncGenWrappedValue

    return AsyncGenWrappedValue(value)


def unary_positive(frame, value):
    return +value


def list_to_tuple(frame, value):
    return tuple(value)


# -- PEP 695's type parameters: CPython's own intrinsics ------------------------------

def _cpythons_intrinsic(name: str):
    """A host function that runs CPython's own intrinsic ``name`` on its arguments.

    The type-parameter intrinsics build objects of C types (TypeVar,
    TypeAliasType, Generic aliases) in ways Python code cannot: a ``type``
    statement's value and a type variable's bound are computed only when
    first asked for, a ``*Ts`` parameter is unpacked for ``Generic``, and the
    new object's ``__module__`` is the calling function's. Rather than imitate
    that, clearpy lets CPython do it: the host function's bytecode is just
    ``LOAD_FAST``, ``CALL_INTRINSIC`` and ``RETURN_VALUE``.

    SPEED/TRICK: the code object is a compiled template, ``-a`` or ``(a, b)``,
    whose one operation is swapped for the CALL_INTRINSIC instruction (same
    size, so its line table still fits).
    """
    import dis

    if name in dis._intrinsic_1_descs:
        template = compile("def f(a): return -a", "<CPython's intrinsic>", "exec").co_consts[0]
        operation, opcode, oparg = dis.opmap["UNARY_NEGATIVE"], dis.opmap["CALL_INTRINSIC_1"], \
            dis._intrinsic_1_descs.index(name)
    else:
        template = compile("def f(a, b): return (a, b)", "<CPython's intrinsic>",
                           "exec").co_consts[0]
        operation, opcode, oparg = dis.opmap["BUILD_TUPLE"], dis.opmap["CALL_INTRINSIC_2"], \
            dis._intrinsic_2_descs.index(name)
    code = bytearray(template.co_code)
    at = next(i for i in range(0, len(code), 2) if code[i] == operation)
    code[at:at + 2] = bytes((opcode, oparg))
    return template.replace(co_code=bytes(code), co_name=name.lower(), co_qualname=name.lower())


_INTRINSIC_CODE = {}   # name -> code object, made on first use


def _run_cpythons_intrinsic(name: str, frame, *values):
    """Run CPython's intrinsic ``name`` as if called from ``frame``'s function
    (the host function gets the frame's globals, so its ``__module__`` is the
    frame's module)."""
    code = _INTRINSIC_CODE.get(name)
    if code is None:
        code = _INTRINSIC_CODE[name] = _cpythons_intrinsic(name)
    return types.FunctionType(code, frame.globals)(*values)


def typevar(frame, name):
    return _run_cpythons_intrinsic("INTRINSIC_TYPEVAR", frame, name)


def paramspec(frame, name):
    return _run_cpythons_intrinsic("INTRINSIC_PARAMSPEC", frame, name)


def typevartuple(frame, name):
    return _run_cpythons_intrinsic("INTRINSIC_TYPEVARTUPLE", frame, name)


def subscript_generic(frame, params):
    return _run_cpythons_intrinsic("INTRINSIC_SUBSCRIPT_GENERIC", frame, params)


def typealias(frame, args):
    """A ``type X = value`` statement. CPython's TypeAliasType asks its
    ``compute_value`` function for its module (``PyFunction_GetModule``), so
    that must be a host function: one that calls the interpreted one."""
    name, type_params, compute_value = args
    if not isinstance(compute_value, types.FunctionType):
        compute_value = types.FunctionType(
            _COMPUTE_VALUE_THUNK, {"__name__": getattr(compute_value, "__module__", None),
                                   "compute_value": compute_value}, name)
    return _run_cpythons_intrinsic("INTRINSIC_TYPEALIAS", frame,
                                   (name, type_params, compute_value))


_COMPUTE_VALUE_THUNK = compile("def thunk(): return compute_value()", "<type alias value>",
                               "exec").co_consts[0]


def prep_reraise_star(frame, original, raised):
    """INTRINSIC_PREP_RERAISE_STAR: what an ``except*`` statement raises at its end.

    ``raised`` lists what each ``except*`` clause raised (None if nothing).
    Exceptions that are the original's own members, re-raised, are put back
    into one group with the original's structure; new ones are added beside it.
    """
    if not raised:
        return None
    if not isinstance(original, BaseExceptionGroup):
        return raised[0]
    leaf_ids = set()
    _collect_leaf_ids(original, leaf_ids)
    reraised, new = [], []
    for exc in raised:
        if exc is None:
            continue
        if _same_metadata(exc, original):
            reraised.append(exc)
        else:
            new.append(exc)
    keep = set()
    for exc in reraised:
        _collect_leaf_ids(exc, keep)
    reraised_group = original.split(lambda leaf: id(leaf) in keep)[0] if keep else None
    if not new:
        return reraised_group
    if reraised_group is not None:
        new.append(reraised_group)
    if len(new) > 1:
        return BaseExceptionGroup("", new)
    return new[0]


def _collect_leaf_ids(exc, ids):
    if exc is None:
        return
    if not isinstance(exc, BaseExceptionGroup):
        ids.add(id(exc))
        return
    for member in exc.exceptions:
        _collect_leaf_ids(member, ids)


def _same_metadata(first, second) -> bool:
    return (getattr(first, "__notes__", None) is getattr(second, "__notes__", None)
            and first.__traceback__ is second.__traceback__
            and first.__cause__ is second.__cause__
            and first.__context__ is second.__context__)


def typevar_with_bound(frame, name, evaluate_bound):
    return _run_cpythons_intrinsic("INTRINSIC_TYPEVAR_WITH_BOUND", frame, name, evaluate_bound)


def typevar_with_constraints(frame, name, evaluate_constraints):
    return _run_cpythons_intrinsic("INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", frame, name,
                                   evaluate_constraints)


def set_function_type_params(frame, function, params):
    function.__type_params__ = params
    return function


def _not_in_312(frame, *values):
    raise InternalError("an intrinsic function CPython 3.12 does not have")


ONE_ARGUMENT = {
    "INTRINSIC_1_INVALID": _invalid, "INTRINSIC_PRINT": print_expression,
    "INTRINSIC_IMPORT_STAR": import_star, "INTRINSIC_STOPITERATION_ERROR": stopiteration_error,
    "INTRINSIC_ASYNC_GEN_WRAP": async_gen_wrap, "INTRINSIC_UNARY_POSITIVE": unary_positive,
    "INTRINSIC_LIST_TO_TUPLE": list_to_tuple, "INTRINSIC_TYPEVAR": typevar,
    "INTRINSIC_PARAMSPEC": paramspec, "INTRINSIC_TYPEVARTUPLE": typevartuple,
    "INTRINSIC_SUBSCRIPT_GENERIC": subscript_generic, "INTRINSIC_TYPEALIAS": typealias,
}
TWO_ARGUMENTS = {
    "INTRINSIC_2_INVALID": _invalid, "INTRINSIC_PREP_RERAISE_STAR": prep_reraise_star,
    "INTRINSIC_TYPEVAR_WITH_BOUND": typevar_with_bound,
    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS": typevar_with_constraints,
    "INTRINSIC_SET_FUNCTION_TYPE_PARAMS": set_function_type_params,
}
