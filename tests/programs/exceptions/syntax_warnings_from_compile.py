# SyntaxWarnings raised while compiling code at run time go through the warnings machinery.
import warnings
sources = ['"\\d"', "b'\\q'", "'\\777'", "1 is 1", "[1 2]" if False else "(1)(2)", "assert (x, 'msg')", "f'\\{x}'"]
for source in sources:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(source, "<runtime>", "eval" if "assert" not in source else "exec")
        except SyntaxError as error:
            print(f"{source!r:22} SyntaxError: {error.msg}")
            continue
    print(f"{source!r:22}", [(w.category.__name__, str(w.message), w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    try:
        compile('"\\d"', "<runtime>", "eval")
    except SyntaxError as error:
        print("promoted to SyntaxError:", error.msg)
