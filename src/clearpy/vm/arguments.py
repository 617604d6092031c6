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
    return _bind_slow(function, code, code.co, args, kwnames)


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
        for position, keyword in enumerate(kwnames):
            value = args[given + position]
            if not isinstance(keyword, str):
                raise TypeError(f"{qualname}() keywords must be strings")
            for j in range(posonly, total_args):
                if names[j] == keyword:
                    if R[j] is not NULL:
                        raise TypeError(
                            f"{qualname}() got multiple values for argument '{keyword}'")
                    R[j] = value
                    break
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
        missing = sum(1 for i in range(given, first_default) if R[i] is NULL)
        if missing:
            _missing_arguments(co, missing, defcount, R, qualname)
        start = n - first_default if n > first_default else 0
        for i in range(start, defcount):
            if R[first_default + i] is NULL:
                R[first_default + i] = defaults[i]

    # Defaults of keyword-only parameters.
    if co.co_kwonlyargcount:
        kwdefaults = function.func_kwdefaults
        names = code.localsplus_names
        missing = 0
        for i in range(argcount, total_args):
            if R[i] is not NULL:
                continue
            if kwdefaults is not None and names[i] in kwdefaults:
                R[i] = kwdefaults[names[i]]
                continue
            missing += 1
        if missing:
            _missing_arguments(co, missing, -1, R, qualname)
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


def _missing_arguments(co, missing, defcount, R, qualname):
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
