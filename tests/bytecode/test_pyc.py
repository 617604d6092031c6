"""The .pyc format: clearpy writes what py_compile writes and reads it back."""

import importlib._bootstrap_external as bootstrap_external
import importlib.util
import marshal

import pytest

from clearpy.bytecode.pyc import (
    HEADER_SIZE, MAGIC_NUMBER, SEAL_SIZE, BadPycError, InvalidationMode, PycHeader, hash_header,
    header_for, pyc_bytes, read_header, read_pyc, read_seal, timestamp_header)
from clearpy.corpus import corpus_sample

SOURCE = b"def f(x):\n    return [y * 2 for y in x]\nprint(f(range(3)))\n"


def test_magic_number_is_312s():
    assert MAGIC_NUMBER == importlib.util.MAGIC_NUMBER
    assert MAGIC_NUMBER.endswith(b"\r\n") and int.from_bytes(MAGIC_NUMBER[:2], "little") == 3531


def test_timestamp_file_is_byte_identical_to_importlibs():
    code = compile(SOURCE, "m.py", "exec")
    for mtime, size in ((1_700_000_000.7, 57), (2**33 + 5, 2**32 + 9), (0, 0)):
        expected = bootstrap_external._code_to_timestamp_pyc(code, mtime, size)
        assert pyc_bytes(code, timestamp_header(mtime, size)) == expected


@pytest.mark.parametrize("checked", [True, False])
def test_hash_file_is_byte_identical_to_importlibs(checked):
    code = compile(SOURCE, "m.py", "exec")
    expected = bootstrap_external._code_to_hash_pyc(code, importlib.util.source_hash(SOURCE), checked)
    assert pyc_bytes(code, hash_header(SOURCE, checked)) == expected


@pytest.mark.parametrize("mode", list(InvalidationMode))
def test_round_trip_keeps_header_and_code(mode):
    for path in corpus_sample(6, seed=3):
        source = path.read_bytes()
        try:
            code = compile(source, str(path), "exec")
        except SyntaxError:
            continue
        header = header_for(mode, source, 1234.5)
        for sealed_by in (None, "clearpy"):
            data = pyc_bytes(code, header, sealed_by)
            read_back_header, read_back_code = read_pyc(data)
            assert read_back_header == header and read_back_header.mode is mode
            assert read_back_code == code
            assert read_seal(data) == sealed_by


def test_a_seal_is_an_addition_other_readers_ignore():
    code = compile(SOURCE, "m.py", "exec")
    plain = pyc_bytes(code, timestamp_header(7, 8))
    sealed = pyc_bytes(code, timestamp_header(7, 8), sealed_by="cpython")
    assert sealed[:-SEAL_SIZE] == plain and read_seal(plain) is None
    assert marshal.loads(sealed[HEADER_SIZE:]) == code  # what CPython's importer does
    damaged = bytearray(sealed)
    damaged[40] ^= 1
    assert read_seal(bytes(damaged)) is None


def test_header_fields_are_where_pep_552_puts_them():
    header = read_header(pyc_bytes(compile("1", "m", "eval"), timestamp_header(0x01020304, 0x0A0B)))
    assert (header.flags, header.mtime, header.source_size) == (0, 0x01020304, 0x0A0B)
    data = hash_header(b"x = 1\n", checked=True).to_bytes()
    assert data[4:8] == b"\x03\x00\x00\x00" and data[8:] == importlib.util.source_hash(b"x = 1\n")
    assert hash_header(b"", checked=False).to_bytes()[4:8] == b"\x01\x00\x00\x00"


@pytest.mark.parametrize("damage, message", [
    (lambda data: data[:10], "truncated"),
    (lambda data: b"", "truncated"),
    (lambda data: b"\x00\x00" + data[2:], "bad magic number"),
    (lambda data: data[:4] + b"\x08\x00\x00\x00" + data[8:], "invalid flags"),
    (lambda data: data[:HEADER_SIZE] + b"\xff\xfe garbage", "damaged marshal data"),
    (lambda data: data[:HEADER_SIZE], "damaged marshal data"),
    (lambda data: data[:len(data) // 2], "damaged marshal data"),
    (lambda data: data[:HEADER_SIZE] + marshal.dumps([1, 2]), "not a code object"),
])
def test_damaged_files_are_refused_with_a_reason(damage, message):
    data = pyc_bytes(compile(SOURCE, "m.py", "exec"), timestamp_header(1, len(SOURCE)))
    with pytest.raises(BadPycError, match=message):
        read_pyc(damage(data))


def test_damaged_unsealed_files_never_crash_the_reader():
    # marshal.loads alone crashes the interpreter on some of these: run in a
    # child process, so that a crash fails this test instead of the test run.
    script = """
import random, sys
from clearpy.bytecode.pyc import BadPycError, pyc_bytes, read_code, timestamp_header
from clearpy.bytecode.disassembler import disassembly_text
source = open(sys.argv[1], "rb").read()
valid = pyc_bytes(compile(source, "m.py", "exec"), timestamp_header(1, 2))
generator = random.Random(552)
accepted = 0
for _ in range(150):
    data = bytearray(valid)
    for _ in range(generator.randint(1, 6)):
        data[generator.randrange(16, len(data))] = generator.randrange(256)
    if generator.random() < 0.2:
        data = data[:generator.randrange(len(data))]
    try:
        code = read_code(bytes(data))
    except BadPycError:
        continue
    accepted += 1
    disassembly_text(code)           # whatever was accepted can be looked at
    list(code.co_positions())
print(accepted)
"""
    import subprocess
    import sys

    import json.decoder
    result = subprocess.run([sys.executable, "-c", script, json.decoder.__file__],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert 0 < int(result.stdout) < 150


def test_header_round_trip():
    for header in (PycHeader(0, 5, 6), hash_header(b"abc"), hash_header(b"abc", checked=False)):
        assert read_header(header.to_bytes()) == header
