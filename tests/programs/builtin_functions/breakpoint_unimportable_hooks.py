# PYTHONBREAKPOINT values that name nothing importable: a RuntimeWarning, as
# CPython's sys.breakpointhook gives.
import os, warnings
for envar in ('.', '..', '.foo', 'foo.', '.int', 'int.', '.foo.bar', '..foo.bar', '/./', 'nosuchbuiltin', 'nosuchmodule.nosuchcallable', 'int', 'builtins.int', 'os.getpid.x'):
    os.environ['PYTHONBREAKPOINT'] = envar
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        try:
            result = breakpoint()
        except Exception as e:
            result = f"{type(e).__name__}: {e}"
    print(repr(envar), repr(result), [str(w.message) for w in log])
