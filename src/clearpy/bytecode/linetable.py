"""The location table, ``co_linetable``: which source positions each instruction has.

Since Python 3.11 (PEP 657) every instruction knows its start and end line
and its start and end column, so tracebacks can underline the exact
expression that failed. Storing four numbers per instruction would be
bulky, so CPython writes a compact table (Objects/locations.md):

- the code is cut into runs of instructions with the same position, each
  run at most 8 code units long; each run is one *entry*;
- an entry's first byte has its top bit set, a 4-bit *kind* (bits 3-6) and
  the run length minus 1 (bits 0-2); the kind says how the position follows;
- line numbers are stored as a difference from the previous entry's line
  (starting at ``co_firstlineno``), which is usually small.

The kinds, from the most compact:

    0-9    short form: same line as before; one more byte holds the column
           (kind*8 + its bits 4-6) and the end column (column + bits 0-3)
    10-12  one-line form: line + 0, 1 or 2; then column, end column bytes
    13     no columns: a signed varint line delta; no column information
    14     long form: signed varint line delta, varint end-line delta,
           varint column + 1, varint end column + 1
    15     no location at all (an instruction the compiler made up)

A *varint* is an unsigned number in 6-bit pieces, least significant first,
bit 6 (0x40) meaning "more pieces follow"; a signed varint stores
``abs(n) << 1`` with the sign in bit 0.
"""

from typing import Iterable, NamedTuple

SHORT_FORM_MAX = 9
ONE_LINE_0 = 10
NO_COLUMNS = 13
LONG_FORM = 14
NO_LOCATION = 15
MAX_ENTRY_LENGTH = 8     # code units per entry


class LinetableEntry(NamedTuple):
    """One decoded entry: code units ``start``..``end`` (exclusive) have this position.

    A missing value is ``None``, as in ``co_positions()``.
    """

    start: int
    end: int
    lineno: int | None
    end_lineno: int | None
    col_offset: int | None
    end_col_offset: int | None


# -- encoding ----------------------------------------------------------------------

def _write_varint(out: bytearray, value: int) -> None:
    while value >= 64:
        out.append(64 | (value & 63))
        value >>= 6
    out.append(value)


def _write_signed_varint(out: bytearray, value: int) -> None:
    _write_varint(out, (-value << 1) | 1 if value < 0 else value << 1)


def encode_linetable(runs: Iterable[tuple[tuple, int]], firstlineno: int) -> bytes:
    """Encode ``(location, size)`` runs into a ``co_linetable``, as CPython's assembler does.

    Each run says that the next ``size`` code units have ``location`` =
    ``(lineno, end_lineno, col_offset, end_col_offset)``, -1 for unknown
    values (``lineno < 0``: no location at all). Consecutive runs are expected
    to differ (equal neighbours are merged by the caller). A run longer than 8
    code units takes several entries.
    """
    out = bytearray()
    previous_line = firstlineno
    for location, size in runs:
        previous_line = write_location(out, location, size, previous_line)
    return bytes(out)


def write_location(out: bytearray, location: tuple, size: int, previous_line: int) -> int:
    """Append the entries of one run (``size`` code units at ``location``) to ``out``.

    ``previous_line`` is the line the previous entry left; the line this run
    leaves is returned. (The assembler writes the two most common forms of a
    short run itself, in its own loop, and calls this for the others.)
    """
    lineno, end_lineno, column, end_column = location
    while size > 0:
        length = size if size < MAX_ENTRY_LENGTH else MAX_ENTRY_LENGTH
        size -= length
        line_delta = lineno - previous_line
        if end_lineno == lineno and column >= 0 and end_column >= 0:
            width = end_column - column
            if line_delta == 0 and column < 80 and 0 <= width < 16:
                out.append(0x80 | ((column >> 3) << 3) | (length - 1))
                out.append(((column & 7) << 4) | width)
                continue
            if 0 <= line_delta < 3 and column < 128 and end_column < 128:
                out.append(0x80 | ((ONE_LINE_0 + line_delta) << 3) | (length - 1))
                out.append(column)
                out.append(end_column)
                previous_line = lineno
                continue
        if lineno < 0:
            out.append(0x80 | (NO_LOCATION << 3) | (length - 1))
            continue
        if (column < 0 or end_column < 0) and (end_lineno == lineno or end_lineno == -1):
            out.append(0x80 | (NO_COLUMNS << 3) | (length - 1))
            _write_signed_varint(out, line_delta)
        else:
            out.append(0x80 | (LONG_FORM << 3) | (length - 1))
            end_delta = end_lineno - lineno
            if 0 <= line_delta < 32 and 0 <= end_delta < 64 and column < 63 and end_column < 63:
                # Speed: every number fits one varint piece (the usual case).
                out += bytes((line_delta << 1, end_delta, column + 1, end_column + 1))
            else:
                _write_signed_varint(out, line_delta)
                _write_varint(out, end_delta)
                _write_varint(out, column + 1)
                _write_varint(out, end_column + 1)
        previous_line = lineno
    return previous_line


# -- decoding ----------------------------------------------------------------------

def _read_varint(table: bytes, position: int) -> tuple[int, int]:
    byte = table[position]
    position += 1
    value = byte & 63
    shift = 0
    while byte & 64:
        byte = table[position]
        position += 1
        shift += 6
        value |= (byte & 63) << shift
    return value, position


def _read_signed_varint(table: bytes, position: int) -> tuple[int, int]:
    value, position = _read_varint(table, position)
    return (-(value >> 1) if value & 1 else value >> 1), position


def decode_linetable(table: bytes, firstlineno: int) -> list[LinetableEntry]:
    """Decode ``co_linetable`` into entries; offsets are in code units (2 bytes)."""
    entries = []
    position = 0
    line = firstlineno
    unit = 0
    length_of_table = len(table)
    while position < length_of_table:
        first = table[position]
        position += 1
        kind = (first >> 3) & 15
        length = (first & 7) + 1
        if kind == NO_LOCATION:
            entry = (None, None, None, None)
        elif kind == LONG_FORM:
            delta, position = _read_signed_varint(table, position)
            line += delta
            end_delta, position = _read_varint(table, position)
            column, position = _read_varint(table, position)
            end_column, position = _read_varint(table, position)
            entry = (line, line + end_delta, column - 1 if column else None,
                     end_column - 1 if end_column else None)
        elif kind == NO_COLUMNS:
            delta, position = _read_signed_varint(table, position)
            line += delta
            entry = (line, line, None, None)
        elif kind >= ONE_LINE_0:
            line += kind - ONE_LINE_0
            entry = (line, line, table[position], table[position + 1])
            position += 2
        else:
            second = table[position]
            position += 1
            column = (kind << 3) | ((second >> 4) & 7)
            entry = (line, line, column, column + (second & 15))
        entries.append(LinetableEntry(unit, unit + length, *entry))
        unit += length
    return entries


def positions(table: bytes, firstlineno: int) -> list[tuple]:
    """One ``(lineno, end_lineno, col_offset, end_col_offset)`` per code unit, like ``co_positions()``."""
    result = []
    for entry in decode_linetable(table, firstlineno):
        result.extend([tuple(entry[2:])] * (entry.end - entry.start))
    return result


def lines(table: bytes, firstlineno: int) -> list[tuple[int, int, int | None]]:
    """``(start, end, lineno)`` byte ranges, consecutive equal lines merged, like ``co_lines()``."""
    result = []
    for entry in decode_linetable(table, firstlineno):
        start, end, lineno = entry.start * 2, entry.end * 2, entry.lineno
        if result and result[-1][2] == lineno and result[-1][1] == start:
            result[-1] = (result[-1][0], end, lineno)
        else:
            result.append((start, end, lineno))
    return result
