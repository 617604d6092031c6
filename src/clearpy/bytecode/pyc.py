"""The ``.pyc`` file: a compiled module saved to disk, so the next run skips compiling.

A ``.pyc`` file is a 16-byte header followed by the module's code object in
``marshal`` format (the binary serialization Python uses for code objects:
a type byte, then the value; a code object is its bytecode, constants, names
and the rest, each marshalled in turn). Since PEP 552 (Python 3.7) the header
is four 32-bit little-endian words::

    bytes 0-3    magic number   which bytecode version this is (3.12: cb 0d 0d 0a)
    bytes 4-7    flags          0: timestamp-based; bit 0: hash-based; bit 1: check the source
    bytes 8-15   either         the source's modification time and size (timestamp-based)
                 or             a 64-bit hash of the source bytes (hash-based)

The magic number changes whenever the bytecode changes, so a Python never
runs another version's bytecode; its last two bytes are ``\\r\\n``, which a
text-mode copy would mangle, so such damage is caught too.

The last 8 bytes decide whether the file is still up to date with its source:

- **timestamp** (the default): the file is stale when the source's
  modification time (seconds) or size differs from what was recorded;
- **checked hash**: the file is stale when the hash of the source bytes
  differs (reproducible builds: no timestamps in files);
- **unchecked hash**: the file is trusted without looking at the source
  (someone else promises to rebuild it, e.g. a package manager).

Files written by clearpy carry one addition after the marshal data, a
*seal* (see ``seal`` below) that lets clearpy detect any damage; other
readers ignore it. This module reads and writes the format;
``clearpy.bytecode.pyc_cache`` decides where the files go and when to trust them.
"""

import enum
import hashlib
import importlib.util
import marshal
import struct
from dataclasses import dataclass

from clearpy.bytecode.code_check import MalformedCode, check_code
from clearpy.bytecode.marshal_reader import BadMarshalData, MarshalledCode, read_marshal

MAGIC_NUMBER: bytes = importlib.util.MAGIC_NUMBER   # the running Python's (3.12's) magic number
HEADER_SIZE = 16

FLAG_HASH_BASED = 0b01      # bytes 8-15 hold a source hash, not mtime and size
FLAG_CHECK_SOURCE = 0b10    # hash-based only: compare the hash with the source's
_KNOWN_FLAGS = FLAG_HASH_BASED | FLAG_CHECK_SOURCE
_WORD = struct.Struct("<I")         # one unsigned 32-bit little-endian word
_UINT32 = 0xFFFF_FFFF


class InvalidationMode(enum.Enum):
    """How a ``.pyc`` file tells whether it is still up to date with its source."""

    TIMESTAMP = "timestamp"
    CHECKED_HASH = "checked-hash"
    UNCHECKED_HASH = "unchecked-hash"


class BadPycError(ValueError):
    """The bytes are not a usable ``.pyc`` file (truncated, wrong magic, bad data)."""


@dataclass(frozen=True)
class PycHeader:
    """The 16-byte header, decoded."""

    flags: int
    mtime: int | None = None          # timestamp-based: source modification time, seconds
    source_size: int | None = None    # timestamp-based: source size in bytes
    source_hash: bytes | None = None  # hash-based: 8 bytes, importlib.util.source_hash
    magic: bytes = MAGIC_NUMBER

    @property
    def mode(self) -> InvalidationMode:
        if not self.flags & FLAG_HASH_BASED:
            return InvalidationMode.TIMESTAMP
        if self.flags & FLAG_CHECK_SOURCE:
            return InvalidationMode.CHECKED_HASH
        return InvalidationMode.UNCHECKED_HASH

    def to_bytes(self) -> bytes:
        if self.flags & FLAG_HASH_BASED:
            tail = self.source_hash
        else:
            tail = _WORD.pack(self.mtime & _UINT32) + _WORD.pack(self.source_size & _UINT32)
        return self.magic + _WORD.pack(self.flags) + tail


def source_hash(source: bytes) -> bytes:
    """The 8-byte hash a hash-based ``.pyc`` records (SipHash keyed by the magic number)."""
    return importlib.util.source_hash(source)


def timestamp_header(mtime: float, source_size: int) -> PycHeader:
    """A header recording the source's modification time and size (both kept mod 2**32)."""
    return PycHeader(0, int(mtime) & _UINT32, source_size & _UINT32)


def hash_header(source: bytes, checked: bool = True) -> PycHeader:
    """A header recording the hash of the source bytes."""
    flags = FLAG_HASH_BASED | (FLAG_CHECK_SOURCE if checked else 0)
    return PycHeader(flags, source_hash=source_hash(source))


def header_for(mode: InvalidationMode, source: bytes, mtime: float) -> PycHeader:
    """The header ``mode`` calls for, for the given source bytes and modification time."""
    if mode is InvalidationMode.TIMESTAMP:
        return timestamp_header(mtime, len(source))
    return hash_header(source, checked=mode is InvalidationMode.CHECKED_HASH)


def pyc_bytes(code, header: PycHeader, sealed_by: str | None = None) -> bytes:
    """The whole ``.pyc`` file: header, then the marshalled code object.

    With ``sealed_by`` (the name of the compiler that made ``code``), a seal
    follows; see ``seal``.
    """
    data = header.to_bytes() + marshal.dumps(code)
    return data + seal(data, sealed_by) if sealed_by is not None else data


# -- the seal ---------------------------------------------------------------------------------------
#
# marshal data has no checksum, and CPython's C reader trusts it: a damaged
# file can crash the interpreter. So the cache files clearpy writes end with a
# 32-byte *seal* after the marshal data: a marker, the name of the compiler that
# made the code, and a BLAKE2b digest of everything before the seal. Readers
# that don't know about it (CPython's importer, ``marshal.loads``) ignore bytes
# after the code object, so the file is still an ordinary .pyc file; clearpy's
# cache trusts a file only when its seal matches, which any damage breaks.

SEAL_MARKER = b"clearpy\0"
SEAL_SIZE = 32          # marker (8) + compiler name (8, NUL-padded) + digest (16)
_NAME_SIZE = 8
_DIGEST_SIZE = 16


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=_DIGEST_SIZE).digest()


def seal(data: bytes, compiler_name: str) -> bytes:
    """The seal to append to ``data`` (header + marshal data) made by ``compiler_name``."""
    name = compiler_name.encode("ascii", "replace")[:_NAME_SIZE].ljust(_NAME_SIZE, b"\0")
    return SEAL_MARKER + name + _digest(data)


def unseal(data: bytes) -> tuple[memoryview, str | None]:
    """``(marshal data, compiler name)`` of a whole ``.pyc`` file.

    The compiler name comes from an intact seal; it is None when there is no
    seal or the seal does not match (the file was damaged, or not written by
    clearpy). The marshal data is what lies between the header and the seal.
    """
    view = memoryview(data)
    if len(data) >= HEADER_SIZE + SEAL_SIZE:
        body, trailer = view[:-SEAL_SIZE], bytes(view[-SEAL_SIZE:])
        if trailer.startswith(SEAL_MARKER) and trailer[-_DIGEST_SIZE:] == _digest(body):
            name = trailer[len(SEAL_MARKER):-_DIGEST_SIZE].rstrip(b"\0").decode("ascii", "replace")
            return view[HEADER_SIZE:-SEAL_SIZE], name
    return view[HEADER_SIZE:], None


def read_seal(data: bytes) -> str | None:
    """The compiler named by an intact seal at the end of ``data``, or None (no seal, or damaged)."""
    return unseal(data)[1]


def read_header(data: bytes) -> PycHeader:
    """Decode the header at the start of ``data``; BadPycError if it is not a 3.12 header."""
    if len(data) < HEADER_SIZE:
        raise BadPycError(f"truncated: {len(data)} bytes, shorter than the {HEADER_SIZE}-byte header")
    magic = data[:4]
    if magic != MAGIC_NUMBER:
        raise BadPycError(f"bad magic number {magic.hex(' ')} (3.12's is {MAGIC_NUMBER.hex(' ')})")
    (flags,) = _WORD.unpack_from(data, 4)
    if flags & ~_KNOWN_FLAGS:
        raise BadPycError(f"invalid flags {flags:#x}")
    if flags & FLAG_HASH_BASED:
        return PycHeader(flags, source_hash=data[8:16])
    (mtime,) = _WORD.unpack_from(data, 8)
    (size,) = _WORD.unpack_from(data, 12)
    return PycHeader(flags, mtime, size)


def read_code(data: bytes, verify: bool = True):
    """The code object after the header of a whole ``.pyc`` file.

    A sealed file (see ``seal``) is read directly. Any other file is, with
    ``verify``, first read and checked in Python (``marshal_reader``,
    ``code_check``): slower, but damaged data then gives BadPycError instead
    of crashing the interpreter. ``verify=False`` trusts the data as CPython does.
    """
    payload, sealed_by = unseal(data)
    return load_code(payload, verify=verify and sealed_by is None)


def load_code(payload, verify: bool = True):
    """The code object in marshal data (checked first with ``verify``); BadPycError if damaged."""
    if verify:
        try:
            structure = read_marshal(payload)
            if not isinstance(structure, MarshalledCode):
                raise BadPycError(f"holds a {type(structure).__name__}, not a code object")
            check_code(structure)
        except (BadMarshalData, MalformedCode) as error:
            raise BadPycError(f"damaged marshal data: {error}") from None
    try:
        code = marshal.loads(payload)
    except (EOFError, ValueError, TypeError, SystemError, MemoryError, RecursionError) as error:
        raise BadPycError(f"damaged marshal data: {error}") from None
    if not hasattr(code, "co_code"):
        raise BadPycError(f"holds a {type(code).__name__}, not a code object")
    return code


def read_pyc(data: bytes, verify: bool = True):
    """``(header, code)`` from the bytes of a whole ``.pyc`` file (see ``read_code``)."""
    return read_header(data), read_code(data, verify)
