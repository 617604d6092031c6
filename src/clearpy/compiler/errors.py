"""Compile-time errors, built the way CPython's compiler builds them.

When the compiler (not the parser) finds a mistake, CPython raises a
``SyntaxError`` positioned on the faulty code: the line and column where it
starts and where it ends. Columns are counted from 1 in **bytes** of UTF-8
(the AST's ``col_offset`` plus one). The ``text`` attribute is the offending
line, read again from the file named ``filename`` if such a file exists.

CPython builds these errors in two slightly different ways, and both show:

* ``ranged_syntax_error`` (the symbol table and future statements, with
  ``PyErr_RangedSyntaxLocationObject``): ``args`` is just ``(message,)``
  and the position is set as attributes afterwards;
* ``compiler_error`` (code generation, ``_PyCompile_Error``): ``args`` is
  ``(message, (filename, lineno, offset, text, end_lineno, end_offset))``.
"""

import os

# CPython reads the line with fgets() into a 1000-byte buffer: a longer line
# comes back in 999-byte pieces and only the last piece is kept.
_LINE_BUFFER_BYTES = 999


def ranged_syntax_error(message: str, filename: str, lineno: int, offset: int | None,
                        end_lineno: int | None = None,
                        end_offset: int | None = None) -> SyntaxError:
    """A SyntaxError positioned as ``PyErr_RangedSyntaxLocationObject`` positions it.

    ``offset`` and ``end_offset`` are 1-based byte columns; None leaves the
    attribute unset (as CPython does for a negative column).
    """
    error = SyntaxError(message)
    error.filename = filename
    error.lineno = lineno
    error.offset = offset
    error.end_lineno = end_lineno
    error.end_offset = end_offset
    error.text = source_line(filename, lineno)
    return error


def error_at_node(message: str, filename: str, node) -> SyntaxError:
    """A ``ranged_syntax_error`` spanning an AST node (statement, expression, argument ...)."""
    return ranged_syntax_error(message, filename, node.lineno, node.col_offset + 1,
                               node.end_lineno, node.end_col_offset + 1)


def compiler_error(message: str, filename: str, node) -> SyntaxError:
    """A SyntaxError as the code generator raises it, spanning ``node`` (_PyCompile_Error)."""
    text = source_line(filename, node.lineno)
    return SyntaxError(message, (filename, node.lineno, node.col_offset + 1, text,
                                 node.end_lineno, node.end_col_offset + 1))


def source_line(filename: str, lineno: int) -> str | None:
    """Line ``lineno`` of the file ``filename`` as CPython's error machinery reads it.

    Like ``PyErr_ProgramTextObject``: None when there is no such file or line,
    or when the line is not valid UTF-8.
    """
    if lineno <= 0:
        return None
    try:
        with open(filename, "rb") as file:
            data = file.read()
    except (OSError, ValueError, TypeError):
        return None
    lines = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").splitlines(keepends=True)
    if lineno > len(lines):
        return None
    line = lines[lineno - 1]
    if len(line) > _LINE_BUFFER_BYTES:
        pieces = range(0, len(line), _LINE_BUFFER_BYTES)
        line = line[pieces[-1]:]
    line = line.split(b"\0", 1)[0]  # C strings end at the first NUL
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


def decode_filename(filename) -> str:
    """The filename as a str, accepting what ``compile()`` accepts (str, bytes, path)."""
    return os.fsdecode(filename)
