"""clearpy: a complete Python 3.12 written in Python.

Running a program is a journey through stages, and each stage here produces
exactly what CPython 3.12 produces, so any stage can be checked against (or
swapped with) CPython's own:

    source -> tokens -> AST -> symbol tables -> code objects -> .pyc -> VM

The public entry points, one per stage:

    clearpy.tokenize(source)                      stage 1, tokenize.TokenInfo
    clearpy.parse(source, filename, mode)         stage 2, ast nodes
    clearpy.symtable(source, filename, type)      stage 3a, scopes and symbols
    clearpy.compile(source, filename, mode)       stage 3b, types.CodeType
    clearpy.Interpreter()                         stage 4, the virtual machine

Each stage is imported only when first used (see ``__getattr__`` below), so
that ``import clearpy`` stays cheap and a stage that is not needed costs
nothing at start-up.
"""

__version__ = "0.1.0"

# Public name -> (module that defines it, attribute in that module).
# A stage appears here once it exists.
_STAGE_ENTRY_POINTS = {
    "tokenize": ("clearpy.tokenizer", "tokenize"),
    "parse": ("clearpy.parser", "parse"),
    "symtable": ("clearpy.compiler.symtable.public", "symtable"),
    "compile": ("clearpy.compiler.compile", "compile"),
    "Interpreter": ("clearpy.vm.interpreter", "Interpreter"),
}


def __getattr__(name):
    """Import a stage's module the first time one of its names is used."""
    try:
        module_name, attribute = _STAGE_ENTRY_POINTS[name]
    except KeyError:
        raise AttributeError(f"module 'clearpy' has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module_name), attribute)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__():
    return sorted(set(globals()) | set(_STAGE_ENTRY_POINTS))
