"""Errors and warnings the code generator reports, positioned as CPython positions them.

Most mistakes in a program are found by the parser, some by the symbol table;
a few can only be seen while generating code ("'break' outside loop",
"'await' outside async function", "cannot assign to __debug__" ...). CPython's
``compile.c`` reports them through two functions, reproduced here:

* ``compiler_error``: a ``SyntaxError`` whose position is the offending node's
  span, columns counted from 1;
* ``compiler_warn``: a ``SyntaxWarning`` (``"is" with a literal``, "assertion
  is always true" ...) sent through the ``warnings`` machinery with the file
  name and line. If the warning filters turn it into an exception, the user
  gets a ``SyntaxError`` with the same message and the node's position
  instead, exactly as CPython does.
"""

import warnings

from clearpy.compiler.errors import source_line


def error_at(message: str, filename: str, location) -> SyntaxError:
    """A SyntaxError at ``location`` (lineno, end_lineno, col_offset, end_col_offset).

    Built as ``compiler_error`` builds it: the position travels in ``args``,
    with the offending line read back from the file.
    """
    lineno, end_lineno, col_offset, end_col_offset = location
    return SyntaxError(message, (filename, lineno, col_offset + 1, source_line(filename, lineno),
                                 end_lineno, end_col_offset + 1))


def warn_at(message: str, filename: str, location) -> None:
    """Emit a SyntaxWarning at ``location``; raise SyntaxError if warnings are errors."""
    try:
        warnings.warn_explicit(message, SyntaxWarning, filename, location[0])
        return
    except SyntaxWarning:
        pass  # warnings are errors: raised below, outside the handler, the SyntaxError
        # has no __context__, as CPython's has none
    raise error_at(message, filename, location)


def type_name_of_literal(node) -> str | None:
    """The type a literal expression evaluates to (compile.c's ``infer_type``), or None."""
    import ast

    kind = type(node)
    if kind is ast.Constant:
        return type(node.value).__name__
    return _INFERRED_TYPE_NAMES.get(kind.__name__)


_INFERRED_TYPE_NAMES = {
    "Tuple": "tuple",
    "List": "list", "ListComp": "list",
    "Dict": "dict", "DictComp": "dict",
    "Set": "set", "SetComp": "set",
    "GeneratorExp": "generator",
    "Lambda": "function",
    "JoinedStr": "str", "FormattedValue": "str",
}
