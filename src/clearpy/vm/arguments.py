"""Binding a call's arguments to the parameters of a function.

``def f(a, b=2, /, c=3, *args, d, e=5, **kwargs)`` has positional-only,
positional-or-keyword, variadic, keyword-only and variadic-keyword
parameters. A call gives positional values and keyword (name, value) pairs;
binding decides which parameter each value goes to, fills in defaults, and
raises CPython's own ``TypeError`` messages when the call does not fit.

The result is the new frame's registers, in the order of
``co_varnames``: positional parameters, keyword-only parameters, then
``*args`` and ``**kwargs``, then the other locals (NULL).

This follows CPython's ``initialize_locals`` (Python/ceval.c) step by step, so
that the same mistakes give the same messages.
"""

from clearpy.vm.code import CO_VARARGS, CO_VARKEYWORDS
from clearpy.vm.null import NULL


def bind_arguments(function, code, args: list, kwnames: tuple | None) -> list:
    """Registers for a new frame of ``function`` called with ``args``.

    ``args`` holds the positional values followed by the keyword values, whose
    names are ``kwnames`` (the layout of CPython's vectorcall). ``args`` may
    be reused as the registers.
    """
    if kwnames is None:
        missing = code.simple_argcount - len(args)
        if missing == 0:
            args += code.tail   # exactly the positional parameters
            return args
        if missing > 0:
            # The last positional parameters take their defaults.
            defaults = function.func_defaults
            if defaults is not None and missing <= len(defaults):
                args += defaults[len(defaults) - missing:]
                args += code.tail
                return args
    else:
        R = _bind_keywords(function, code, args, kwnames)
        if R is not None:
            return R
    return _bind_slow(function, code, code.co, args, kwnames)


# -- keyword arguments, the quick way ----------------------------------------------------
#
# Speed: which register each keyword argument goes to, and which parameters
# take their defaults, depend only on the code, the number of positional
# arguments and the keyword names. For a call site that passes the same
# names every time (``point(x=1, y=2)``), that *layout* is worked out once,
# by the same rules as ``_bind_slow``, and kept on the code object. A call
# that does not fit (an error to report, ``*args`` or ``**kwargs`` in the
# signature, changed defaults) is bound by ``_bind_slow``.

_UNKNOWN = object()


class KeywordLayout:
    """Where the arguments of one shape of call go."""

    __slots__ = ("keyword_registers", "positional_defaults", "default_count",
                 "keyword_defaults")

    def __init__(self, keyword_registers, positional_defaults, default_count, keyword_defaults):
        self.keyword_registers = keyword_registers      # register of each keyword argument
        self.positional_defaults = positional_defaults  # (register, index in __defaults__)
        self.default_count = default_count              # len(__defaults__) these assume
        self.keyword_defaults = keyword_defaults        # (register, name in __kwdefaults__)


def _bind_keywords(function, code, args, kwnames):
    """Registers for a call with keyword arguments, or None to bind it the slow way."""
    given = len(args) - len(kwnames)
    key = (given, kwnames)
    layouts = code.keyword_layouts
    layout = layouts.get(key, _UNKNOWN)
    if layout is _UNKNOWN:
        layout = layouts[key] = _keyword_layout(function, code, given, kwnames)
    if layout is None:
        return None
    R = args[:given]
    R += code.tails[given]
    for register, value in zip(layout.keyword_registers, args[given:]):
        R[register] = value
    if layout.positional_defaults:
        defaults = function.func_defaults
        if defaults is None or len(defaults) != layout.default_count:
            return None
        for register, index in layout.positional_defaults:
            R[register] = defaults[index]
    if layout.keyword_defaults:
        kwdefaults = function.func_kwdefaults
        for register, name in layout.keyword_defaults:
            if kwdefaults is None or name not in kwdefaults:
                return None   # a missing keyword-only argument: the slow way says so
            R[register] = kwdefaults[name]
    return R


def _keyword_layout(function, code, given, kwnames):
    """The layout of a call with ``given`` positional arguments and keywords
    ``kwnames``, or None if ``_bind_slow`` must see it."""
    co = code.co
    argcount = co.co_argcount
    if co.co_flags & (CO_VARARGS | CO_VARKEYWORDS) or given > argcount:
        return None
    positions = code.keyword_positions
    registers = []
    for keyword in kwnames:
        if type(keyword) is not str:
            return None
        register = positions.get(keyword)
        if register is None or register < given or register in registers:
            return None
        registers.append(register)
    defaults = function.func_defaults or ()
    first_default = argcount - len(defaults)
    positional_defaults = []
    for register in range(given, argcount):
        if register not in registers:
            if register < first_default:
                return None
            positional_defaults.append((register, register - first_default))
    keyword_defaults = [(register, co.co_varnames[register])
                        for register in range(argcount, argcount + co.co_kwonlyargcount)
                        if register not in registers]
    return KeywordLayout(tuple(registers), tuple(positional_defaults), len(defaults),
                         tuple(keyword_defaults))


def _bind_slow(function, code, co, args, kwnames):
    R = [NULL] * code.register_count
    argcount = co.co_argcount
    total_args = argcount + co.co_kwonlyargcount
    flags = co.co_flags
    qualname = function.func_qualname
    keyword_count = len(kwnames) if kwnames else 0
    given = len(args) - keyword_count

    kwdict = None
    if flags & CO_VARKEYWORDS:
        kwdict = {}
        R[total_args + (1 if flags & CO_VARARGS else 0)] = kwdict

    # Positional arguments into the positional parameters.
    n = min(given, argcount)
    R[:n] = args[:n]

    # The rest into *args.
    if flags & CO_VARARGS:
        R[total_args] = tuple(args[n:given])

    # Keyword arguments.
    if keyword_count:
        names = code.localsplus_names
        posonly = co.co_posonlyargcount
        positions = code.keyword_positions
        for position, keyword in enumerate(kwnames):
            value = args[given + position]
            if not isinstance(keyword, str):
                raise TypeError(f"{qualname}() keywords must be strings")
            if type(keyword) is str:
                j = positions.get(keyword, total_args)   # a dict: no search by hand
            else:
                # A str subclass may compare equal in its own way: as CPython, ask it.
                j = next((j for j in range(posonly, total_args) if keyword == names[j]),
                         total_args)
            if j < total_args:
                if R[j] is not NULL:
                    raise TypeError(
                        f"{qualname}() got multiple values for argument '{keyword}'")
                R[j] = value
            else:
                if kwdict is None:
                    if posonly:
                        _check_positional_only_passed_as_keyword(co, kwnames, qualname)
                    raise TypeError(
                        f"{qualname}() got an unexpected keyword argument '{keyword}'")
                kwdict[keyword] = value

    if given > argcount and not flags & CO_VARARGS:
        _too_many_positional(co, given, function.func_defaults, R, qualname)

    # Defaults of positional parameters.
    if given < argcount:
        defaults = function.func_defaults or ()
        defcount = len(defaults)
        first_default = argcount - defcount
        for i in range(given, first_default):
            if R[i] is NULL:
                _missing_arguments(co, defcount, R, qualname)
        start = n - first_default if n > first_default else 0
        for i in range(start, defcount):
            if R[first_default + i] is NULL:
                R[first_default + i] = defaults[i]

    # Defaults of keyword-only parameters.
    if co.co_kwonlyargcount:
        kwdefaults = function.func_kwdefaults
        names = code.localsplus_names
        missing = False
        for i in range(argcount, total_args):
            if R[i] is not NULL:
                continue
            if kwdefaults is not None and names[i] in kwdefaults:
                R[i] = kwdefaults[names[i]]
                continue
            missing = True
        if missing:
            _missing_arguments(co, -1, R, qualname)
    return R


def _format_missing(kind: str, names: list, qualname: str) -> TypeError:
    if len(names) == 1:
        listed = names[0]
    elif len(names) == 2:
        listed = f"{names[0]} and {names[1]}"
    else:
        listed = ", ".join(names[:-2]) + f", {names[-2]}, and {names[-1]}"
    return TypeError(f"{qualname}() missing {len(names)} required {kind} argument"
                     f"{'' if len(names) == 1 else 's'}: {listed}")


def _missing_arguments(co, defcount, R, qualname):
    positional = defcount != -1
    if positional:
        start, end = 0, co.co_argcount - defcount
    else:
        start, end = co.co_argcount, co.co_argcount + co.co_kwonlyargcount
    names = [repr(co.co_varnames[i]) for i in range(start, end) if R[i] is NULL]
    raise _format_missing("positional" if positional else "keyword-only", names, qualname)


def _too_many_positional(co, given, defaults, R, qualname):
    argcount = co.co_argcount
    kwonly_given = sum(1 for i in range(argcount, argcount + co.co_kwonlyargcount)
                       if R[i] is not NULL)
    defcount = len(defaults) if defaults else 0
    if defcount:
        plural = True
        signature = f"from {argcount - defcount} to {argcount}"
    else:
        plural = argcount != 1
        signature = str(argcount)
    if kwonly_given:
        kwonly = (f" positional argument{'s' if given != 1 else ''} (and {kwonly_given} "
                  f"keyword-only argument{'s' if kwonly_given != 1 else ''})")
    else:
        kwonly = ""
    verb = "was" if given == 1 and not kwonly_given else "were"
    raise TypeError(f"{qualname}() takes {signature} positional argument{'s' if plural else ''} "
                    f"but {given}{kwonly} {verb} given")


def _check_positional_only_passed_as_keyword(co, kwnames, qualname):
    conflicts = []
    for k in range(co.co_posonlyargcount):
        name = co.co_varnames[k]
        for keyword in kwnames:
            if keyword == name:
                conflicts.append(keyword)
    if conflicts:
        raise TypeError(f"{qualname}() got some positional-only arguments passed as keyword "
                        f"arguments: '{', '.join(conflicts)}'")
