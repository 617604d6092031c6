"""Reading the ``marshal`` format in Python, strictly: what a ``.pyc`` file holds after its header.

``marshal`` is the binary format Python uses to save code objects. Each value
starts with one *type byte* saying what follows::

    'N' None   'T' True   'F' False   '.' Ellipsis   'S' StopIteration
    'i' int (4 bytes, signed)          'l' big int (count, then 15-bit digits)
    'g' float (8 bytes, IEEE 754)      'y' complex (two of those)
    's' bytes (4-byte length, then the bytes)
    'u' str (4-byte length, then UTF-8)            't' the same, interned
    'a' ASCII str (4-byte length)  'A' interned    'z'/'Z' the same with a 1-byte length
    '(' tuple (4-byte count, then the items)       ')' small tuple (1-byte count)
    '[' list  '{' dict (key, value, ... then '0')  '<' set  '>' frozenset
    'c' code object (its fields, one after the other; see ``CODE_FIELDS``)
    'r' reference: "the same object as the N-th one flagged so far"

All numbers are little-endian. When bit 7 of the type byte (``FLAG_REF``) is
set, the object is remembered in a list, so a later ``'r'`` can point back
at it instead of repeating it: a name used in many places is stored once.

Why read it in Python when the ``marshal`` module exists? Because the C
reader trusts its input: damaged data can make it allocate gigabytes, loop
for minutes or crash the interpreter, and CPython builds code objects from
it without checking the bytecode. A bytecode cache must never do that, so
clearpy reads the data here first, checking every length, count, reference
and field type (``read_marshal``), checks the code objects it describes
(``clearpy.bytecode.code_check``), and only then lets ``marshal.loads``
build the real objects.
"""

import struct
import sys
from typing import NamedTuple

FLAG_REF = 0x80
MAX_DEPTH = 200      # nesting deeper than this is refused (CPython allows 2000)
_INT32 = struct.Struct("<i")
_INT64 = struct.Struct("<q")
_DOUBLE = struct.Struct("<d")
_LONG_DIGIT_BITS = 15  # a big int is stored in 15-bit digits, least significant first


class BadMarshalData(ValueError):
    """The bytes are not well-formed marshal data."""


class MarshalledCode(NamedTuple):
    """A code object as marshal stores it (3.12's field order), before it is built."""

    co_argcount: int
    co_posonlyargcount: int
    co_kwonlyargcount: int
    co_stacksize: int
    co_flags: int
    co_code: bytes
    co_consts: tuple
    co_names: tuple
    localsplusnames: tuple   # locals, then cells, then free variables
    localspluskinds: bytes   # one byte of flags per name: local, cell, free, hidden...
    co_filename: str
    co_name: str
    co_qualname: str
    co_firstlineno: int
    co_linetable: bytes
    co_exceptiontable: bytes


# What each field of a code object must be, in the order marshal writes them.
# "int" fields are 4-byte numbers written directly; the others are objects.
CODE_FIELDS = (
    ("co_argcount", "int"), ("co_posonlyargcount", "int"), ("co_kwonlyargcount", "int"),
    ("co_stacksize", "int"), ("co_flags", "int"), ("co_code", bytes), ("co_consts", tuple),
    ("co_names", tuple), ("localsplusnames", tuple), ("localspluskinds", bytes),
    ("co_filename", str), ("co_name", str), ("co_qualname", str), ("co_firstlineno", "int"),
    ("co_linetable", bytes), ("co_exceptiontable", bytes),
)

_INCOMPLETE = object()  # a flagged object still being read: references to it are refused


class _Reader:
    def __init__(self, data: bytes):
        self.data = bytes(data)
        self.position = 0
        self.references: list = []
        self.depth = 0

    # -- raw pieces ------------------------------------------------------------------------------

    def take(self, size: int) -> bytes:
        end = self.position + size
        if size < 0 or end > len(self.data):
            raise BadMarshalData("unexpected end of data")
        chunk = self.data[self.position:end]
        self.position = end
        return chunk

    def byte(self) -> int:
        if self.position >= len(self.data):
            raise BadMarshalData("unexpected end of data")
        value = self.data[self.position]
        self.position += 1
        return value

    def int32(self) -> int:
        return _INT32.unpack(self.take(4))[0]

    def count(self, minimum_item_size: int = 1) -> int:
        """A 4-byte length or item count, which the remaining data must be able to hold."""
        value = self.int32()
        if value < 0 or value * minimum_item_size > len(self.data) - self.position:
            raise BadMarshalData(f"size {value} out of range")
        return value

    # -- objects ------------------------------------------------------------------------------------

    def read_object(self):
        kind = self.byte()
        flagged = kind & FLAG_REF
        kind &= ~FLAG_REF
        reader = _READERS.get(kind)
        if reader is None:
            raise BadMarshalData(f"unknown type code {kind!r} ({chr(kind)!r})")
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise BadMarshalData("nested too deeply")
        index = None
        if flagged:
            index = len(self.references)
            self.references.append(_INCOMPLETE)
        value = reader(self, index)
        if index is not None and self.references[index] is _INCOMPLETE:
            self.references[index] = value
        self.depth -= 1
        return value

    def read_typed(self, expected: type, what: str):
        value = self.read_object()
        if type(value) is not expected:
            raise BadMarshalData(f"{what} is a {type(value).__name__}, not a {expected.__name__}")
        return value

    def read_reference(self, index):
        if index is not None:
            raise BadMarshalData("a reference cannot itself be flagged")
        number = self.int32()
        if not 0 <= number < len(self.references) or self.references[number] is _INCOMPLETE:
            raise BadMarshalData(f"invalid reference {number}")
        return self.references[number]

    def read_long(self, index):
        digits = self.int32()
        size = abs(digits)
        raw = self.take(2 * size)
        value = 0
        for position in range(size - 1, -1, -1):
            digit = raw[2 * position] | raw[2 * position + 1] << 8
            if digit >> _LONG_DIGIT_BITS or (position == size - 1 and digit == 0):
                raise BadMarshalData("bad big integer digits")
            value = value << _LONG_DIGIT_BITS | digit
        return -value if digits < 0 else value

    def read_float_text(self) -> float:
        text = self.take(self.byte()).decode("latin-1")
        try:
            return float(text)
        except ValueError:
            raise BadMarshalData(f"bad float {text!r}") from None

    def read_str(self, size: int, encoding: str, interned: bool) -> str:
        try:
            text = self.take(size).decode(encoding, "surrogatepass")
        except UnicodeDecodeError as error:
            raise BadMarshalData(f"bad string: {error.reason}") from None
        return sys.intern(text) if interned else text

    def read_items(self, count: int) -> list:
        items = []
        for _ in range(count):
            items.append(self.read_object())
        return items

    def read_container(self, index, container, add):
        """A list or set: created empty and remembered first, so its items may refer to it."""
        if index is not None:
            self.references[index] = container
        for _ in range(self.count()):
            add(container, self.read_object())
        return container

    def read_dict(self, index):
        result = {}
        if index is not None:
            self.references[index] = result
        while True:
            if self.position < len(self.data) and self.data[self.position] == ord("0"):
                self.position += 1  # '0' (NULL) ends a dict
                return result
            key = self.read_object()
            value = self.read_object()
            try:
                result[key] = value
            except TypeError:
                raise BadMarshalData(f"unhashable dict key {type(key).__name__}") from None

    def read_frozenset(self, index):
        try:
            return frozenset(self.read_items(self.count()))
        except TypeError:
            raise BadMarshalData("unhashable frozenset item") from None

    def read_set(self, index):
        try:
            return self.read_container(index, set(), set.add)
        except TypeError:
            raise BadMarshalData("unhashable set item") from None

    def read_code(self, index):
        values = []
        for name, kind in CODE_FIELDS:
            if kind == "int":
                values.append(self.int32())
            else:
                values.append(self.read_typed(kind, name))
        code = MarshalledCode(*values)
        if len(code.localsplusnames) != len(code.localspluskinds):
            raise BadMarshalData("as many variable kinds as variable names are needed")
        for group in ("co_names", "localsplusnames"):
            if not all(type(name) is str for name in getattr(code, group)):
                raise BadMarshalData(f"{group} holds something other than strings")
        return code


def _double(reader: _Reader) -> float:
    return _DOUBLE.unpack(reader.take(8))[0]


_READERS = {
    ord("N"): lambda reader, index: None,
    ord("T"): lambda reader, index: True,
    ord("F"): lambda reader, index: False,
    ord("."): lambda reader, index: Ellipsis,
    ord("S"): lambda reader, index: StopIteration,
    ord("i"): lambda reader, index: reader.int32(),
    ord("I"): lambda reader, index: _INT64.unpack(reader.take(8))[0],
    ord("l"): _Reader.read_long,
    ord("g"): lambda reader, index: _double(reader),
    ord("y"): lambda reader, index: complex(_double(reader), _double(reader)),
    ord("f"): lambda reader, index: reader.read_float_text(),
    ord("x"): lambda reader, index: complex(reader.read_float_text(), reader.read_float_text()),
    ord("s"): lambda reader, index: reader.take(reader.count()),
    ord("u"): lambda reader, index: reader.read_str(reader.count(), "utf-8", False),
    ord("t"): lambda reader, index: reader.read_str(reader.count(), "utf-8", True),
    ord("a"): lambda reader, index: reader.read_str(reader.count(), "latin-1", False),
    ord("A"): lambda reader, index: reader.read_str(reader.count(), "latin-1", True),
    ord("z"): lambda reader, index: reader.read_str(reader.byte(), "latin-1", False),
    ord("Z"): lambda reader, index: reader.read_str(reader.byte(), "latin-1", True),
    ord("("): lambda reader, index: tuple(reader.read_items(reader.count())),
    ord(")"): lambda reader, index: tuple(reader.read_items(reader.byte())),
    ord("["): lambda reader, index: reader.read_container(index, [], list.append),
    ord("{"): _Reader.read_dict,
    ord("<"): _Reader.read_set,
    ord(">"): _Reader.read_frozenset,
    ord("c"): _Reader.read_code,
    ord("r"): _Reader.read_reference,
}


def read_marshal(data: bytes):
    """The value ``data`` holds, code objects as ``MarshalledCode``; BadMarshalData if malformed.

    Like ``marshal.loads``, bytes after the value are ignored.
    """
    reader = _Reader(data)
    try:
        return reader.read_object()
    except RecursionError:
        raise BadMarshalData("nested too deeply") from None
