"""The location table: decoding agrees with co_positions()/co_lines(), encoding gives CPython's bytes."""

import warnings

import pytest

from clearpy.bytecode.linetable import decode_linetable, encode_linetable, lines, positions
from clearpy.corpus import corpus_sample, relative_name

from programs import PROGRAMS


def code_objects(code):
    yield code
    for constant in code.co_consts:
        if hasattr(constant, "co_code"):
            yield from code_objects(constant)


def _compiled_corpus_sample():
    for path in corpus_sample(25, seed=11):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                yield relative_name(path), compile(path.read_bytes(), str(path), "exec")
            except SyntaxError:
                continue


def _all_codes():
    for name, source in PROGRAMS.items():
        yield name, compile(source, "<test>", "exec")
    yield from _compiled_corpus_sample()


CODES = list(_all_codes())


def _runs(code):
    """Re-derive the (location, size) runs the assembler would write from co_positions()."""
    runs = []
    for position in code.co_positions():
        location = tuple(-1 if value is None else value for value in position)
        if runs and runs[-1][0] == location:
            runs[-1][1] += 1
        else:
            runs.append([location, 1])
    return runs


@pytest.mark.parametrize("name, module", CODES, ids=[name for name, _ in CODES])
def test_decoding_agrees_with_co_positions_and_co_lines(name, module):
    for code in code_objects(module):
        assert positions(code.co_linetable, code.co_firstlineno) == list(code.co_positions())
        assert lines(code.co_linetable, code.co_firstlineno) == list(code.co_lines())


@pytest.mark.parametrize("name, module", CODES, ids=[name for name, _ in CODES])
def test_encoding_gives_cpythons_bytes(name, module):
    for code in code_objects(module):
        runs = _runs(code)
        assert encode_linetable(runs, code.co_firstlineno) == code.co_linetable, code.co_qualname


def test_every_entry_kind_round_trips():
    first = 10
    runs = [
        ((10, 10, 4, 9), 1),         # short form (same line, small columns)
        ((10, 10, 90, 95), 1),       # one-line form, +0 (column too big for the short form)
        ((11, 11, 4, 9), 2),         # one-line form, +1
        ((13, 13, 100, 120), 1),     # one-line form, +2, wide columns
        ((12, 12, -1, -1), 3),       # no columns, line going back
        ((-1, -1, -1, -1), 1),       # no location
        ((500, 520, 3, 7), 20),      # long form, split into 8 + 8 + 4
        ((5, 5, 200, 300), 1),       # long form: columns too big for the one-line form
        ((5, 6, -1, -1), 1),         # long form: no columns but several lines
    ]
    table = encode_linetable(runs, first)
    kinds = [(byte >> 3) & 15 for byte in table if byte & 0x80]
    assert {0, 10, 11, 12, 13, 14, 15} <= set(kinds)
    decoded = decode_linetable(table, first)
    expanded = []
    for entry in decoded:
        expanded.extend([entry[2:]] * (entry.end - entry.start))
    expected = []
    for (line, end_line, column, end_column), size in runs:
        if line < 0:
            expected += [(None, None, None, None)] * size
        else:
            end_line = line if end_line == -1 else end_line
            expected += [(line, end_line, None if column < 0 else column,
                          None if end_column < 0 else end_column)] * size
    assert expanded == expected
