"""Interpreted functions: what ``def`` and ``lambda`` make.

``MAKE_FUNCTION`` turns a code object into a function: the code, plus the
globals it runs in, its default values, its closure (the cells of the free
variables it uses) and its annotations.

A ``Function`` works everywhere a Python function does:

- the VM calls it directly (``calls.call_function``), without going through
  the host;
- host code can call it too (``sorted(key=f)``, a dict calling ``__eq__``):
  ``__call__`` enters the VM;
- it binds as a method: looked up on an instance, ``__get__`` returns a bound
  method, exactly as a function's ``__get__`` does;
- it has the attributes of a function (``__name__``, ``__code__``,
  ``__defaults__``, ``__dict__``...), and interpreted programs see this class
  as ``types.FunctionType``.
"""

import types

from clearpy.vm.code import vm_code

_MethodType = types.MethodType


class _FunctionClass(type):
    """The metaclass of ``Function``, for two lines of the stdlib's ``types``::

        GetSetDescriptorType = type(FunctionType.__code__)
        MemberDescriptorType = type(FunctionType.__globals__)

    Interpreted programs see ``Function`` as ``FunctionType``, and its
    ``__code__`` and ``__globals__`` are properties, which would make those
    two names mean ``property``. Looked up on the class, they give the host
    function type's descriptors instead (looked up on a function, they still
    give its code and globals).
    """

    @property
    def __code__(cls):
        return types.FunctionType.__dict__["__code__"]

    @property
    def __globals__(cls):
        return types.FunctionType.__dict__["__globals__"]


class Function(metaclass=_FunctionClass):
    """An interpreted function (``types.FunctionType`` as interpreted programs see it)."""

    # The function's parts, named as in CPython's PyFunctionObject. (Not ``code``
    # or ``name``: programs may set attributes of those names on functions.)
    __slots__ = ("func_code", "func_globals", "func_builtins", "func_defaults",
                 "func_kwdefaults", "func_closure", "func_name", "func_qualname",
                 "func_annotations", "func_module", "func_doc", "func_type_params",
                 "func_interpreter", "__dict__", "__weakref__")

    def __init__(self, co, globals, name=None, defaults=None, closure=None, kwdefaults=None,
                 *, qualname=None, annotations=None, interpreter=None, code=None,
                 builtins=None):
        if code is None:
            # types.FunctionType(code, globals, ...) called by a program.
            _check_new_function(co, globals, name, defaults, closure, kwdefaults)
            interpreter, builtins = _interpreter_and_builtins(globals)
        self.func_code = code if code is not None else vm_code(co)
        self.func_globals = globals
        self.func_builtins = builtins
        self.func_name = name if name is not None else co.co_name
        self.func_qualname = qualname if qualname is not None else co.co_qualname
        self.func_defaults = defaults
        self.func_kwdefaults = kwdefaults
        self.func_closure = closure
        self.func_annotations = annotations
        self.func_type_params = ()
        self.func_interpreter = interpreter
        consts = co.co_consts
        self.func_doc = consts[0] if consts and isinstance(consts[0], str) else None
        try:
            self.func_module = globals["__name__"]
        except (KeyError, TypeError):
            self.func_module = None

    # -- being called and bound ----------------------------------------------------

    def __call__(self, /, *args, **kwargs):
        """Called by host code: run this function in the VM."""
        return calls.call_from_host(self, args, kwargs)

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _MethodType(self, instance)

    def __repr__(self) -> str:
        return f"<function {self.func_qualname} at {id(self):#x}>"

    # -- the attributes of a function ----------------------------------------------

    @property
    def __code__(self):
        return self.func_code.co

    @__code__.setter
    def __code__(self, value):
        if not isinstance(value, types.CodeType):
            raise TypeError("__code__ must be set to a code object")
        nfree = len(value.co_freevars)
        nclosure = len(self.func_closure) if self.func_closure else 0
        if nfree != nclosure:
            raise ValueError(f"{self.func_name}() requires a code object with {nclosure} free vars,"
                             f" not {nfree}")
        self.func_code = vm_code(value)

    @property
    def __globals__(self):
        return self.func_globals

    @property
    def __builtins__(self):
        return self.func_builtins

    @property
    def __closure__(self):
        return self.func_closure

    @property
    def __name__(self):
        return self.func_name

    @__name__.setter
    def __name__(self, value):
        if not isinstance(value, str):
            raise TypeError("__name__ must be set to a string object")
        self.func_name = value

    @__name__.deleter
    def __name__(self):
        raise TypeError("__name__ must be set to a string object")

    def _get_qualname(self):
        return self.func_qualname

    def _set_qualname(self, value):
        if not isinstance(value, str):
            raise TypeError("__qualname__ must be set to a string object")
        self.func_qualname = value

    def _delete_qualname(self):
        raise TypeError("__qualname__ must be set to a string object")

    @property
    def __defaults__(self):
        return self.func_defaults

    @__defaults__.setter
    def __defaults__(self, value):
        if value is not None and not isinstance(value, tuple):
            raise TypeError("__defaults__ must be set to a tuple object")
        self.func_defaults = value or None

    @__defaults__.deleter
    def __defaults__(self):
        self.func_defaults = None

    @property
    def __kwdefaults__(self):
        return self.func_kwdefaults

    @__kwdefaults__.setter
    def __kwdefaults__(self, value):
        if value is not None and not isinstance(value, dict):
            raise TypeError("__kwdefaults__ must be set to a dict object")
        self.func_kwdefaults = value or None

    @__kwdefaults__.deleter
    def __kwdefaults__(self):
        self.func_kwdefaults = None

    @property
    def __annotations__(self):
        annotations = self.func_annotations
        if annotations is None:
            annotations = self.func_annotations = {}
        elif isinstance(annotations, tuple):
            # MAKE_FUNCTION leaves (name, value, name, value...); a dict is made on first use.
            annotations = self.func_annotations = dict(zip(annotations[::2], annotations[1::2]))
        return annotations

    @__annotations__.setter
    def __annotations__(self, value):
        if value is not None and not isinstance(value, dict):
            raise TypeError("__annotations__ must be set to a dict object")
        self.func_annotations = value

    @__annotations__.deleter
    def __annotations__(self):
        self.func_annotations = None

    @property
    def __type_params__(self):
        return self.func_type_params

    @__type_params__.setter
    def __type_params__(self, value):
        if not isinstance(value, tuple):
            raise TypeError("__type_params__ must be set to a tuple")
        self.func_type_params = value

    @__type_params__.deleter
    def __type_params__(self):
        raise TypeError("__type_params__ must be set to a tuple")

    # __module__ and __doc__ are plain data; a property keeps them per instance
    # while the class itself still shows the class's own values.
    __module__ = property(lambda self: self.func_module,
                          lambda self, value: setattr(self, "func_module", value),
                          lambda self: setattr(self, "func_module", None))
    __doc__ = property(lambda self: self.func_doc,
                       lambda self, value: setattr(self, "func_doc", value),
                       lambda self: setattr(self, "func_doc", None))



def _check_new_function(co, globals, name, defaults, closure, kwdefaults):
    """The checks of ``types.FunctionType(...)`` (CPython's func_new), with its messages."""
    if not isinstance(co, types.CodeType):
        raise TypeError(f"function() argument 'code' must be code, not {type(co).__name__}")
    if not isinstance(globals, dict):
        raise TypeError(f"function() argument 'globals' must be dict, not "
                        f"{type(globals).__name__}")
    if name is not None and not isinstance(name, str):
        raise TypeError("arg 3 (name) must be None or string")
    if defaults is not None and not isinstance(defaults, tuple):
        raise TypeError("arg 4 (defaults) must be None or tuple")
    if not isinstance(closure, tuple):
        if co.co_freevars and closure is None:
            raise TypeError("arg 5 (closure) must be tuple")
        if closure is not None:
            raise TypeError("arg 5 (closure) must be None or tuple")
    if kwdefaults is not None and not isinstance(kwdefaults, dict):
        raise TypeError("arg 6 (kwdefaults) must be None or dict")
    count = len(closure) if closure else 0
    if len(co.co_freevars) != count:
        raise ValueError(f"{co.co_name} requires closure of length {len(co.co_freevars)}, "
                         f"not {count}")
    for cell in closure or ():
        if not isinstance(cell, types.CellType):
            raise TypeError(f"arg 5 (closure) expected cell, found {type(cell).__name__}")


def _interpreter_and_builtins(globals):
    """For a function a program makes itself: the interpreter it belongs to and
    its builtins (``globals['__builtins__']``, or the running frame's)."""
    from clearpy.vm.interpreter import current_interpreter

    interpreter = current_interpreter()
    found = globals.get("__builtins__")
    if found is None:
        caller = interpreter.thread_state().current
        return interpreter, caller.builtins if caller is not None else interpreter.builtins_dict
    if isinstance(found, types.ModuleType):
        found = found.__dict__
    return interpreter, found


def install_descriptor(cls: type, name: str, descriptor) -> None:
    """Put a descriptor in a class's namespace under a name ``type()`` keeps
    for itself (``__qualname__`` must be a string in a class statement).

    The namespace behind ``cls.__dict__`` is reached through the garbage
    collector; setting and deleting an attribute afterwards tells the type
    its namespace changed, so that CPython's attribute cache forgets it.
    """
    import gc

    namespace = gc.get_referents(cls.__dict__)[0]
    namespace[name] = descriptor
    type.__setattr__(cls, "_clearpy_namespace_changed", None)
    type.__delattr__(cls, "_clearpy_namespace_changed")


install_descriptor(Function, "__qualname__",
                   property(Function._get_qualname, Function._set_qualname,
                            Function._delete_qualname))


def _function_dict_descriptor():
    """``__dict__`` of a function: any dict, but never deleted (CPython's func_set_dict)."""
    slot = Function.__dict__["__dict__"]

    def set_dict(function, value):
        if not isinstance(value, dict):
            raise TypeError(f"__dict__ must be set to a dictionary, not a "
                            f"'{type(value).__name__}'")
        slot.__set__(function, value)

    def delete_dict(function):
        raise TypeError("cannot delete __dict__")

    return property(slot.__get__, set_dict, delete_dict)


install_descriptor(Function, "__dict__", _function_dict_descriptor())


Py_TPFLAGS_METHOD_DESCRIPTOR = 1 << 17
_TP_FLAGS_OFFSET = 21 * 8   # offsetof(PyTypeObject, tp_flags) on 64-bit CPython 3.12


def mark_as_method_descriptor(cls: type) -> bool:
    """Give ``cls`` the type flag CPython's functions have, METHOD_DESCRIPTOR.

    It tells CPython's C code that ``cls.__dict__[name](obj, *args)`` is the
    same as ``obj.name(*args)``, so that, looking a method up, it can skip
    making a bound method. Host code calling the special methods of
    interpreted classes (``__eq__`` from a dict, ``__del__``, ``__init__`` from
    ``type.__call__``) then sees interpreted functions exactly as it sees its
    own functions: unbound, which is also what it reports
    (``sys.unraisablehook``'s ``object`` is ``C.__del__``, not a bound method).

    Python has no way to set a type flag, so this writes the flags word of
    the type object, after checking that the word found there is the one
    ``cls.__flags__`` reports; it changes nothing if it is not.
    """
    import ctypes
    import platform

    if platform.python_implementation() != "CPython" or ctypes.sizeof(ctypes.c_void_p) != 8:
        return False
    flags = ctypes.c_ulong.from_address(id(cls) + _TP_FLAGS_OFFSET)
    if flags.value != cls.__flags__:
        return False
    flags.value |= Py_TPFLAGS_METHOD_DESCRIPTOR
    type.__setattr__(cls, "_clearpy_namespace_changed", None)   # PyType_Modified
    type.__delattr__(cls, "_clearpy_namespace_changed")
    return bool(cls.__flags__ & Py_TPFLAGS_METHOD_DESCRIPTOR)


mark_as_method_descriptor(Function)

# Interpreted programs see this class as ``types.FunctionType``.
Function.__name__ = Function.__qualname__ = "function"


# At the end: calls.py needs Function, and Function.__call__ needs calls.py
# (imported here once rather than in every call).
import clearpy.vm.calls as calls  # noqa: E402
