"""``clearpy.compile``: the built-in ``compile()``, with clearpy's compiler inside.

    code = clearpy.compile("print('Hello, World!')", "<string>", "exec")
    exec(code)        # a real types.CodeType: CPython can run it

The signature, the accepted arguments and the errors are those of CPython
3.12's ``compile()``. The work happens in stages, each one CPython's:

1. **parse** the source into an AST (or take the AST you pass in);
2. read the **future** statements (``from __future__ import annotations``);
3. **fold constants** in the AST (``ast_optimizer``);
4. build the **symbol tables** (``symtable``);
5. **generate code** for every code unit (``code_generator``);
6. **optimize and assemble** each unit into a code object (``backend``).

With ``flags=ast.PyCF_ONLY_AST`` only step 1 runs and the AST is returned.

The parser is pluggable (``set_parser``): clearpy's own parser by default,
CPython's on request, so that the compiler can be tested on its own.
"""

import ast
import builtins
import operator
import os
import sys

from clearpy.compiler.ast_copy import copy_and_validate
from clearpy.compiler.ast_optimizer import optimize as fold_constants
from clearpy.compiler.backend import optimize_and_assemble
from clearpy.compiler.code_generator import generate_code
from clearpy.compiler.recursion import collector_paused, deep_recursion
from clearpy.compiler.future import parse_future
from clearpy.compiler.symtable import build_symtable

# compile() flags (Include/cpython/compile.h and Include/cpython/code.h).
PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000
PyCF_MASK_OBSOLETE = 0x0010            # CO_NESTED, accepted and ignored
PyCF_SOURCE_IS_UTF8 = 0x0100
PyCF_DONT_IMPLY_DEDENT = 0x0200
PyCF_ONLY_AST = 0x0400
PyCF_IGNORE_COOKIE = 0x0800
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
PyCF_COMPILE_MASK = (PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS
                     | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)

MODES = ("exec", "eval", "single")
_AST_ROOTS = {"exec": ast.Module, "eval": ast.Expression, "single": ast.Interactive,
              "func_type": ast.FunctionType}


def parse_with_cpython(source, filename: str, mode: str, flags: int, feature_version: int):
    """CPython's own parser (what ``ast.parse`` uses)."""
    return builtins.compile(source, filename, mode, flags | PyCF_ONLY_AST, dont_inherit=True,
                            _feature_version=feature_version)


def parse_with_clearpy(source, filename: str, mode: str, flags: int, feature_version: int, *,
                       tokenizer: str = "clearpy"):
    """clearpy's parser (``clearpy.parse``), reading the tokens of clearpy's
    tokenizer (or, with ``tokenizer="cpython"``, CPython's).

    Two flags of ``codeop`` (the machinery behind interactive consoles) are
    not supported by clearpy's parser: with ``PyCF_DONT_IMPLY_DEDENT`` or
    ``PyCF_ALLOW_INCOMPLETE_INPUT``, CPython's parser is used instead.
    """
    if flags & (PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT):
        return parse_with_cpython(source, filename, mode, flags, feature_version)
    from clearpy.parser.api import parse_source

    if isinstance(source, (bytearray, memoryview)):
        source = bytes(source)
    return parse_source(source, filename, mode, type_comments=bool(flags & PyCF_TYPE_COMMENTS),
                        feature_version=feature_version if feature_version >= 0 else None,
                        tokenizer=tokenizer)


def parse_with_cpython_tokens(source, filename: str, mode: str, flags: int, feature_version: int):
    """clearpy's parser reading CPython's tokens: checks clearpy's parser alone."""
    return parse_with_clearpy(source, filename, mode, flags, feature_version, tokenizer="cpython")


PARSERS = {"clearpy": parse_with_clearpy, "cpython": parse_with_cpython,
           "clearpy-cpython-tokenizer": parse_with_cpython_tokens}
_parser = parse_with_clearpy


def set_parser(parser) -> None:
    """Choose the parser: "clearpy" (the default), "cpython", or a function
    ``parser(source, filename, mode, flags, feature_version) -> AST`` taking
    compile()'s arguments (source is str or bytes)."""
    global _parser
    _parser = PARSERS[parser] if isinstance(parser, str) else parser


def compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
            _feature_version=-1):
    """Compile ``source`` (str, bytes or an AST) into a code object, like ``compile()``."""
    filename = os.fsdecode(filename)
    if not isinstance(mode, str):
        raise TypeError(f"compile() argument 'mode' must be str, not {type(mode).__name__}")
    flags = _as_int(flags, "flags")
    optimize = _as_int(optimize, "optimize")
    if flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK):
        raise ValueError("compile(): unrecognised flags")
    if optimize < -1 or optimize > 2:
        raise ValueError("compile(): invalid optimize value")
    if not dont_inherit:
        # Inherit the future features of the code calling compile().
        flags |= sys._getframe(1).f_code.co_flags & PyCF_MASK
    if mode == "func_type":
        if not flags & PyCF_ONLY_AST:
            raise ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST")
    elif mode not in MODES:
        if flags & PyCF_ONLY_AST:
            raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if isinstance(source, ast.AST):
        if flags & PyCF_ONLY_AST:
            return source
        tree = copy_and_validate(source, _AST_ROOTS[mode])
        return compile_tree(tree, filename, flags, optimize)
    if not isinstance(source, (str, bytes, bytearray, memoryview)):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    feature_version = _feature_version if flags & PyCF_ONLY_AST else -1
    tree = _parser(source, filename, mode, flags, feature_version)
    if flags & PyCF_ONLY_AST:
        return tree
    return compile_tree(tree, filename, flags, optimize)


def compile_tree(tree, filename: str, flags: int = 0, optimize: int = -1,
                 assemble=optimize_and_assemble):
    """Compile an AST that clearpy may modify (``_PyAST_Compile``).

    ``tree`` is an ``ast.Module``, ``ast.Expression`` or ``ast.Interactive``;
    ``flags`` are compile()'s flags; ``optimize`` is -1 (the interpreter's
    level), 0, 1 or 2. ``assemble`` is the back end each code unit is handed
    to (tools such as ``clearpy cfg`` wrap it to watch the units go by).
    """
    if optimize == -1:
        optimize = sys.flags.optimize
    future = parse_future(tree, filename)
    future.features |= flags
    flags = future.features
    with deep_recursion(), collector_paused():
        fold_constants(tree, optimize, flags)
        symbols = build_symtable(tree, filename, future)
        return generate_code(tree, symbols, filename, future, flags, optimize, assemble)


def _as_int(value, name: str) -> int:
    """An argument converted as a C ``int`` (argument clinic's ``int``)."""
    value = operator.index(value)
    if not -(1 << 31) <= value < (1 << 31):
        raise OverflowError("Python int too large to convert to C int")
    return value
