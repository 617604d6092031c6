"""The pure-Python marshal reader and the code checks agree with CPython on real code
and refuse damaged data."""

import marshal
import math
import warnings

import pytest

from clearpy.bytecode.code_check import MalformedCode, check_code, fields_of
from clearpy.bytecode.marshal_reader import BadMarshalData, MarshalledCode, read_marshal
from clearpy.corpus import corpus_sample


def same(ours, theirs) -> bool:
    """Equal, with NaNs equal to themselves, -0.0 apart from 0.0 and sets in any order."""
    if isinstance(ours, MarshalledCode):
        return isinstance(theirs, MarshalledCode) and all(
            same(a, b) for a, b in zip(ours, theirs))
    if type(ours) is not type(theirs):
        return False
    if isinstance(ours, (tuple, list)):
        return len(ours) == len(theirs) and all(same(a, b) for a, b in zip(ours, theirs))
    if isinstance(ours, (frozenset, set)):
        return sorted(map(repr, ours)) == sorted(map(repr, theirs))
    if isinstance(ours, (float, complex)):
        return repr(ours) == repr(theirs)
    return ours == theirs


def without_hidden_flags(code: MarshalledCode) -> MarshalledCode:
    """The code attributes cannot tell that a variable is hidden (PEP 709): drop that bit."""
    return code._replace(localspluskinds=bytes(kind & ~0x10 for kind in code.localspluskinds),
                         co_consts=tuple(without_hidden_flags(c) if isinstance(c, MarshalledCode) else c
                                         for c in code.co_consts))


def sample_modules(count=12):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in corpus_sample(count, seed=9):
            try:
                yield compile(path.read_bytes(), str(path), "exec")
            except SyntaxError:
                pass


def test_reads_corpus_code_as_marshal_wrote_it_and_every_check_passes():
    for module in sample_modules():
        structure = read_marshal(marshal.dumps(module))
        assert same(without_hidden_flags(structure), fields_of(module))
        check_code(structure)
        check_code(fields_of(module))


@pytest.mark.parametrize("value", [
    None, True, False, Ellipsis, StopIteration, 0, -1, 2**31 - 1, -2**31, 2**31, -2**100, 10**50,
    1.5, -0.0, math.inf, math.nan, 3 + 4j, b"", b"bytes", "", "ascii", "ünïcödé", "\ud800 lone",
    (), (1, "a", (2.0,)), [1, [2]], {"a": 1, 2: (3,)}, {1, 2}, frozenset({"x"}), "x" * 300,
])
def test_values_read_back_as_marshal_loads_them(value):
    for version in (marshal.version, 2):
        data = marshal.dumps(value, version)
        assert same(read_marshal(data), marshal.loads(data))


def test_shared_and_self_referencing_objects():
    shared = ("name",) * 3
    assert read_marshal(marshal.dumps(shared)) == shared
    looped = [1]
    looped.append(looped)
    result = read_marshal(marshal.dumps(looped))
    assert result[0] == 1 and result[1] is result


@pytest.mark.parametrize("data, message", [
    (b"", "end of data"),
    (b"?", "unknown type code"),
    (b"(\x05\x00\x00\x00N", "out of range"),
    (b"(\xff\xff\xff\x7f", "out of range"),
    (b"s\x10\x00\x00\x00abc", "out of range"),
    (b"r\x00\x00\x00\x00", "invalid reference"),
    (b"\xa9\x01r\x00\x00\x00\x00", "invalid reference"),   # a tuple containing itself
    (b"l\x01\x00\x00\x00\x00\x80", "digits"),
    (b"u\x02\x00\x00\x00\xff\xfe", "bad string"),
    (b"{[\x00\x00\x00\x00N0", "unhashable"),
    (b")\x01" * 300 + b"N", "nested too deeply"),
])
def test_malformed_data_is_refused(data, message):
    with pytest.raises(BadMarshalData, match=message):
        read_marshal(data)


def function_code(source="def f(a):\n    return a + 1\n"):
    return read_marshal(marshal.dumps(compile(source, "m", "exec").co_consts[0]))


def with_code_unit(code: MarshalledCode, offset: int, opcode: int, arg: int) -> MarshalledCode:
    raw = bytearray(code.co_code)
    raw[offset:offset + 2] = bytes([opcode, arg])
    return code._replace(co_code=bytes(raw))


@pytest.mark.parametrize("change, message", [
    (lambda c: with_code_unit(c, 2, 253, 0), "invalid opcode 253"),
    (lambda c: with_code_unit(c, 2, 0, 0), "invalid opcode 0"),
    (lambda c: with_code_unit(c, 2, 100, 9), "LOAD_CONST 9 out of range"),
    (lambda c: with_code_unit(c, 2, 124, 5), "LOAD_FAST 5 out of range"),
    (lambda c: with_code_unit(c, 2, 110, 200), "outside the code"),
    (lambda c: with_code_unit(c, 2, 122, 99), "BINARY_OP 99 out of range"),
    (lambda c: with_code_unit(c, len(c.co_code) - 2, 122, 0), "runs past the end"),
    (lambda c: c._replace(co_code=c.co_code[:-1]), "not whole code units"),
    (lambda c: c._replace(co_code=b""), "not whole code units"),
    (lambda c: c._replace(co_exceptiontable=b"\x81\x01"), "middle of an entry"),
    (lambda c: c._replace(co_exceptiontable=b"\x01\x01\x01\x00"), "not well-formed"),
    (lambda c: c._replace(co_exceptiontable=b"\x81\x3f\x01\x00"), "outside the code"),
    (lambda c: c._replace(co_linetable=b"\x01"), "start bit"),
    (lambda c: c._replace(co_linetable=b"\xf0\x41"), "cut short"),
    (lambda c: c._replace(localsplusnames=("a", "b"), localspluskinds=b"\x80\x20"), "out of place"),
    (lambda c: c._replace(localsplusnames=("a", "a"), localspluskinds=b"\x20\x40"), "also listed"),
    (lambda c: c._replace(co_argcount=3), "more arguments"),
])
def test_malformed_code_is_refused(change, message):
    code = function_code()
    check_code(code)
    with pytest.raises(MalformedCode, match=message):
        check_code(change(code))
