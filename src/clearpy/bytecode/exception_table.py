"""The exception table: which handler takes over when an instruction raises.

Since Python 3.11 a ``try`` costs nothing while no exception happens: instead
of pushing blocks at run time, the compiler writes a table into
``co_exceptiontable``. Each entry says "if an instruction from ``start`` up to
(not including) ``end`` raises, pop the value stack down to ``depth`` values,
push the offset of the failing instruction too if ``lasti`` is set, push the
exception, and jump to ``target``". Offsets here are in bytes, as ``dis``
shows them.

On disk each entry is four numbers, in code units (2 bytes): start, length,
target, and ``depth << 1 | lasti``. Each number is written as a variable-length
integer in 6-bit pieces, most significant piece first; bit 6 (0x40) of a byte
says "more pieces follow", and bit 7 (0x80) marks the first byte of an entry.
"""

from dataclasses import dataclass

from clearpy.bytecode.instructions import CODE_UNIT_SIZE

_MORE = 0x40
_ENTRY_START = 0x80
_PIECE_BITS = 6
_PIECE_MASK = (1 << _PIECE_BITS) - 1


@dataclass(frozen=True)
class ExceptionTableEntry:
    start: int   # first covered byte offset
    end: int     # first byte offset no longer covered
    target: int  # byte offset of the handler
    depth: int   # value-stack depth to unwind to
    lasti: bool  # push the raising instruction's offset before the exception


def _read_varint(table: bytes, position: int) -> tuple[int, int]:
    """Read one number starting at ``position``; return it and the next position."""
    byte = table[position]
    value = byte & _PIECE_MASK
    position += 1
    while byte & _MORE:
        byte = table[position]
        value = (value << _PIECE_BITS) | (byte & _PIECE_MASK)
        position += 1
    return value, position


def decode_exception_table(table: bytes) -> list[ExceptionTableEntry]:
    """Decode ``co_exceptiontable`` into entries with byte offsets."""
    entries = []
    position = 0
    while position < len(table):
        start, position = _read_varint(table, position)
        length, position = _read_varint(table, position)
        target, position = _read_varint(table, position)
        depth_and_lasti, position = _read_varint(table, position)
        entries.append(ExceptionTableEntry(
            start=start * CODE_UNIT_SIZE,
            end=(start + length) * CODE_UNIT_SIZE,
            target=target * CODE_UNIT_SIZE,
            depth=depth_and_lasti >> 1,
            lasti=bool(depth_and_lasti & 1),
        ))
    return entries


def _write_varint(value: int, out: bytearray, first_of_entry: bool) -> None:
    if value < 64:      # one piece: most numbers of most tables
        out.append(value | _ENTRY_START if first_of_entry else value)
        return
    pieces = [value & _PIECE_MASK]
    value >>= _PIECE_BITS
    while value:
        pieces.append(value & _PIECE_MASK)
        value >>= _PIECE_BITS
    pieces.reverse()  # most significant piece first
    for index, piece in enumerate(pieces):
        if index < len(pieces) - 1:
            piece |= _MORE
        if index == 0 and first_of_entry:
            piece |= _ENTRY_START
        out.append(piece)


def write_entry(out: bytearray, start: int, length: int, target: int, depth: int, lasti: bool) -> None:
    """Append one entry to ``out``; ``start``, ``length`` and ``target`` in code units."""
    depth_and_lasti = depth << 1 | lasti
    if start < 64 and length < 64 and target < 64 and depth_and_lasti < 64:
        out += bytes((start | _ENTRY_START, length, target, depth_and_lasti))   # one byte each
        return
    _write_varint(start, out, first_of_entry=True)
    _write_varint(length, out, first_of_entry=False)
    _write_varint(target, out, first_of_entry=False)
    _write_varint(depth_and_lasti, out, first_of_entry=False)


def encode_exception_table(entries: list[ExceptionTableEntry]) -> bytes:
    """Encode entries (byte offsets) into the ``co_exceptiontable`` format."""
    out = bytearray()
    for entry in entries:
        write_entry(out, entry.start // CODE_UNIT_SIZE, (entry.end - entry.start) // CODE_UNIT_SIZE,
                    entry.target // CODE_UNIT_SIZE, entry.depth, entry.lasti)
    return bytes(out)


def find_handler(entries: list[ExceptionTableEntry], offset: int) -> ExceptionTableEntry | None:
    """The entry covering the instruction at byte ``offset``, or None.

    Entries never overlap (the compiler splits nested try blocks into pieces),
    so the first entry containing the offset is the one.
    """
    for entry in entries:
        if entry.start <= offset < entry.end:
            return entry
    return None
