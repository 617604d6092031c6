"""Instructions that read and write variables: constants, locals, globals, names, cells."""

import types

from clearpy.vm.handlers import handler
from clearpy.vm.null import NULL

_dict_get = dict.get
_dict_setitem = dict.__setitem__
_dict_delitem = dict.__delitem__
_CellType = types.CellType

UNBOUND_LOCAL = "cannot access local variable '{}' where it is not associated with a value"
UNBOUND_FREE = ("cannot access free variable '{}' where it is not associated with a value"
                " in enclosing scope")


def name_error(name: str) -> NameError:
    """NameError for an undefined name, with ``name`` set (used for "Did you mean")."""
    error = NameError(f"name '{name}' is not defined")
    error.name = name
    return error


def unbound_error(code, index: int) -> NameError:
    """The error for reading an empty local (UnboundLocalError) or free variable (NameError)."""
    name = code.localsplus_names[index]
    if index < code.free_start:
        return UnboundLocalError(UNBOUND_LOCAL.format(name))
    error = NameError(UNBOUND_FREE.format(name))
    error.name = name
    return error


def load_builtin(builtins, name: str):
    """Look ``name`` up in the builtins (after the globals failed)."""
    try:
        return builtins[name]
    except KeyError:
        raise name_error(name) from None


def global_or_null(globals, name: str):
    """``globals[name]``, or NULL if it is not there (for globals that are not
    exactly a dict: a subclass's ``__getitem__`` and ``__missing__`` count)."""
    try:
        return globals[name]
    except KeyError:
        return NULL


def load_name(mapping, globals, builtins, name: str):
    """LOAD_NAME's search: the local namespace, then the globals, then the builtins."""
    if type(mapping) is dict:
        value = _dict_get(mapping, name, NULL)
    else:
        try:
            value = mapping[name]
        except KeyError:
            value = NULL
    if value is NULL:
        value = _dict_get(globals, name, NULL)
        if value is NULL:
            value = load_builtin(builtins, name)
    return value


# -- constants and fast locals ----------------------------------------------------------

@handler("LOAD_CONST")
def load_const(site):
    """-- value: push a constant."""
    value, top, following = site.code.co.co_consts[site.oparg], site.stack(0), site.next

    def op(frame, R):
        R[top] = value
        return following
    return op


@handler("LOAD_FAST", "LOAD_CLOSURE")
def load_fast(site):
    """-- value: push a local variable (the compiler knows it has a value).
    LOAD_CLOSURE is the same move: the slot it reads holds a cell, pushed as
    the cell itself to build a closure."""
    local, top, following = site.oparg, site.stack(0), site.next

    def op(frame, R):
        R[top] = R[local]
        return following
    return op


@handler("LOAD_FAST_CHECK")
def load_fast_check(site):
    """-- value: push a local variable that might not have a value yet."""
    local, top, following, code = site.oparg, site.stack(0), site.next, site.code

    def op(frame, R):
        value = R[local]
        if value is NULL:
            raise unbound_error(code, local)
        R[top] = value
        return following
    return op


@handler("LOAD_FAST_AND_CLEAR")
def load_fast_and_clear(site):
    """-- value: push a local (or NULL) and empty it; saves a variable that an
    inlined comprehension reuses."""
    local, top, following = site.oparg, site.stack(0), site.next

    def op(frame, R):
        R[top] = R[local]
        R[local] = NULL
        return following
    return op


@handler("STORE_FAST")
def store_fast(site):
    """value -- : store into a local variable."""
    local, top, following = site.oparg, site.stack(1), site.next

    def op(frame, R):
        R[local] = R[top]
        R[top] = NULL
        return following
    return op


@handler("DELETE_FAST")
def delete_fast(site):
    """del a local variable."""
    local, following, code = site.oparg, site.next, site.code

    def op(frame, R):
        if R[local] is NULL:
            raise unbound_error(code, local)
        R[local] = NULL
        return following
    return op


# -- names: module and class bodies -------------------------------------------------------

@handler("LOAD_NAME")
def load_name_handler(site):
    """-- v: look a name up in the local namespace, the globals, the builtins."""
    name, top, following = site.code.co.co_names[site.oparg], site.stack(0), site.next

    def op(frame, R):
        mapping = frame.locals
        if mapping is None:
            raise SystemError(f"no locals when loading {name!r}")
        R[top] = load_name(mapping, frame.globals, frame.builtins, name)
        return following
    return op


@handler("STORE_NAME")
def store_name(site):
    """v -- : bind a name in the local namespace."""
    name, top, following = site.code.co.co_names[site.oparg], site.stack(1), site.next

    def op(frame, R):
        mapping = frame.locals
        if mapping is None:
            raise SystemError(f"no locals found when storing {name!r}")
        mapping[name] = R[top]
        R[top] = NULL
        return following
    return op


@handler("DELETE_NAME")
def delete_name(site):
    """del a name from the local namespace."""
    name, following = site.code.co.co_names[site.oparg], site.next

    def op(frame, R):
        mapping = frame.locals
        if mapping is None:
            raise SystemError(f"no locals when deleting {name!r}")
        try:
            del mapping[name]
        except Exception:
            raise name_error(name) from None
        return following
    return op


@handler("LOAD_FROM_DICT_OR_GLOBALS")
def load_from_dict_or_globals(site):
    """mod_or_class_dict -- v: like LOAD_NAME, with the namespace taken from the stack."""
    name, top, following = site.code.co.co_names[site.oparg], site.stack(1), site.next

    def op(frame, R):
        R[top] = load_name(R[top], frame.globals, frame.builtins, name)
        return following
    return op


@handler("LOAD_LOCALS")
def load_locals(site):
    """-- locals: push the local namespace (class bodies with type parameters)."""
    top, following = site.stack(0), site.next

    def op(frame, R):
        if frame.locals is None:
            raise SystemError("no locals found")
        R[top] = frame.locals
        return following
    return op


@handler("SETUP_ANNOTATIONS")
def setup_annotations(site):
    """Make sure the namespace has an ``__annotations__`` dict (module and class bodies)."""
    following = site.next

    def op(frame, R):
        mapping = frame.locals
        if mapping is None:
            raise SystemError("no locals found when setting up annotations")
        if type(mapping) is dict:
            if "__annotations__" not in mapping:
                mapping["__annotations__"] = {}
        else:
            try:
                mapping["__annotations__"]
            except KeyError:
                mapping["__annotations__"] = {}
        return following
    return op


# -- globals ---------------------------------------------------------------------------

@handler("LOAD_GLOBAL")
def load_global(site):
    """-- null if (oparg & 1) v: push a global or builtin (after a NULL, for a call)."""
    name = site.code.co.co_names[site.oparg >> 1]
    following = site.next
    if site.oparg & 1:
        null, top = site.stack(0), site.stack(-1)

        def op(frame, R):
            R[null] = NULL
            R[top] = load_global_value(frame, name)
            return following
    else:
        top = site.stack(0)

        def op(frame, R):
            R[top] = load_global_value(frame, name)
            return following
    return op


def load_global_value(frame, name: str):
    """A global, else a builtin. (A dict's ``get`` rather than catching its
    KeyError: builtins such as ``len`` are found without an exception.)"""
    globals = frame.globals
    value = _dict_get(globals, name, NULL) if type(globals) is dict else global_or_null(globals, name)
    if value is NULL:
        value = load_builtin(frame.builtins, name)
    return value


@handler("STORE_GLOBAL")
def store_global(site):
    """v -- : bind a global name."""
    name, top, following = site.code.co.co_names[site.oparg], site.stack(1), site.next

    def op(frame, R):
        _dict_setitem(frame.globals, name, R[top])
        R[top] = NULL
        return following
    return op


@handler("DELETE_GLOBAL")
def delete_global(site):
    """del a global name."""
    name, following = site.code.co.co_names[site.oparg], site.next

    def op(frame, R):
        try:
            _dict_delitem(frame.globals, name)
        except KeyError:
            raise name_error(name) from None
        return following
    return op


# -- cells: variables shared with nested functions ---------------------------------------------

@handler("MAKE_CELL")
def make_cell(site):
    """Put local ``oparg`` (maybe still empty) into a new cell."""
    local, following = site.oparg, site.next

    def op(frame, R):
        value = R[local]
        R[local] = _CellType() if value is NULL else _CellType(value)
        return following
    return op


@handler("COPY_FREE_VARS")
def copy_free_vars(site):
    """Copy the function's closure cells into the frame. (clearpy places them
    when the frame is created, so there is nothing left to do.)"""
    following = site.next

    def op(frame, R):
        return following
    return op


@handler("LOAD_DEREF")
def load_deref(site):
    """-- value: push the value in a cell."""
    local, top, following, code = site.oparg, site.stack(0), site.next, site.code

    def op(frame, R):
        try:
            R[top] = R[local].cell_contents
        except ValueError:
            raise unbound_error(code, local) from None
        return following
    return op


@handler("STORE_DEREF")
def store_deref(site):
    """v -- : store into a cell."""
    local, top, following = site.oparg, site.stack(1), site.next

    def op(frame, R):
        R[local].cell_contents = R[top]
        R[top] = NULL
        return following
    return op


@handler("DELETE_DEREF")
def delete_deref(site):
    """Empty a cell."""
    local, following, code = site.oparg, site.next, site.code

    def op(frame, R):
        try:
            del R[local].cell_contents
        except ValueError:
            raise unbound_error(code, local) from None
        return following
    return op


@handler("LOAD_FROM_DICT_OR_DEREF")
def load_from_dict_or_deref(site):
    """class_dict -- value: a name from the class namespace, else from its cell."""
    local, top, following, code = site.oparg, site.stack(1), site.next, site.code
    name = code.localsplus_names[local]

    def op(frame, R):
        mapping = R[top]
        if type(mapping) is dict:
            value = _dict_get(mapping, name, NULL)
        else:
            try:
                value = mapping[name]
            except KeyError:
                value = NULL
        if value is NULL:
            try:
                value = R[local].cell_contents
            except ValueError:
                raise unbound_error(code, local) from None
        R[top] = value
        return following
    return op
