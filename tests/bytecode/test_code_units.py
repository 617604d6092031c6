"""Decoding co_code and co_exceptiontable agrees with dis on real stdlib code."""

import dis

import pytest

from clearpy.bytecode.code_units import iterate_code_units
from clearpy.bytecode.exception_table import (
    ExceptionTableEntry, decode_exception_table, encode_exception_table, find_handler)
from clearpy.corpus import corpus_sample


def all_code_objects(code):
    yield code
    for constant in code.co_consts:
        if hasattr(constant, "co_code"):
            yield from all_code_objects(constant)


def sample_code_objects(files=12):
    for path in corpus_sample(files):
        try:
            module = compile(path.read_bytes(), str(path), "exec")
        except SyntaxError:
            continue
        yield from all_code_objects(module)


SAMPLE = list(sample_code_objects())


def test_sample_is_not_empty():
    assert len(SAMPLE) > 100


def test_instructions_match_dis():
    for code in SAMPLE:
        ours = [(offset, opcode, oparg) for _, offset, opcode, oparg in iterate_code_units(code.co_code)]
        theirs = [(i.offset, i.opcode, i.arg or 0) for i in dis.get_instructions(code)]
        assert ours == theirs, code


def test_extended_arg_start_offsets():
    source = "def f():\n" + "".join(f"    x{i} = {i}\n" for i in range(300)) + "    return x299\n"
    function = compile(source, "<big>", "exec").co_consts[0]
    starts = {offset: start for start, offset, _, _ in iterate_code_units(function.co_code)}
    # Instructions with an EXTENDED_ARG prefix start two bytes earlier.
    extended = [offset for offset, start in starts.items() if start != offset]
    assert extended and all(starts[offset] == offset - 2 for offset in extended)


def test_exception_tables_decode_like_dis_and_round_trip():
    for code in SAMPLE:
        ours = decode_exception_table(code.co_exceptiontable)
        theirs = dis._parse_exception_table(code)
        assert [(e.start, e.end, e.target, e.depth, e.lasti) for e in ours] == \
               [(e.start, e.end, e.target, e.depth, e.lasti) for e in theirs]
        assert encode_exception_table(ours) == code.co_exceptiontable


@pytest.mark.parametrize("start, end, target, depth, lasti", [
    (0, 2, 4, 0, False), (200, 4000, 90000, 63, True), (2, 130, 128, 64, False)])
def test_encoding_round_trips_large_numbers(start, end, target, depth, lasti):
    entry = ExceptionTableEntry(start, end, target, depth, lasti)
    assert decode_exception_table(encode_exception_table([entry])) == [entry]


def test_find_handler():
    def f():
        try:
            x = 1
        except ValueError:
            return 2
        return x
    entries = decode_exception_table(f.__code__.co_exceptiontable)
    covered = entries[0]
    assert find_handler(entries, covered.start) == covered
    assert find_handler(entries, covered.end) != covered
