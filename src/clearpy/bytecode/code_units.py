"""Reading ``co_code``: from bytes to (offset, opcode, oparg) triples.

``co_code`` is a sequence of 2-byte code units: an opcode byte and an argument
byte. Three details make reading it more than a loop over pairs:

- an argument bigger than 255 is spread over ``EXTENDED_ARG`` prefixes, each
  giving 8 more high bits to the next instruction;
- some instructions are followed by cache entries (see ``instructions``),
  which are not instructions and are skipped;
- jump arguments count code units after the caches, not bytes.
"""

from collections.abc import Iterator

from clearpy.bytecode.instructions import BY_NAME, CODE_UNIT_SIZE, HAVE_ARGUMENT, opcode_table

EXTENDED_ARG = BY_NAME["EXTENDED_ARG"].opcode
CACHE_ENTRIES = opcode_table("cache_entries")


def iterate_code_units(code: bytes) -> Iterator[tuple[int, int, int, int]]:
    """Yield ``(start, offset, opcode, oparg)`` for each instruction of ``code``.

    ``offset`` is where the instruction itself is; ``start`` is where its first
    ``EXTENDED_ARG`` prefix is (the same when there is none). Instructions
    without an argument get oparg 0. EXTENDED_ARG itself is reported too, as
    ``dis`` does, so that offsets line up with ``dis``'s listing.
    """
    extended = 0
    start = None
    position = 0
    length = len(code)
    while position < length:
        opcode = code[position]
        argument = code[position + 1] | extended if opcode >= HAVE_ARGUMENT else 0
        if start is None:
            start = position
        yield start, position, opcode, argument
        if opcode == EXTENDED_ARG:
            extended = argument << 8
        else:
            extended = 0
            start = None
        position += CODE_UNIT_SIZE * (1 + (CACHE_ENTRIES[opcode] or 0))
