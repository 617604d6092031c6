"""The instruction sequence and its metadata, and the round trip through CPython's tuple format."""

import ast

import _testinternalcapi
import pytest

from clearpy.bytecode.instructions import BY_NAME
from clearpy.compiler.constants import ConstCache, const_key, value_of_key
from clearpy.compiler.instruction_sequence import (
    HAS_TARGET, NO_LOCATION, CodeUnitMetadata, InstructionSequence, Label, Location,
    metadata_from_dict, sequence_from_tuples, sequence_to_tuples)

PROGRAM = """
import os
def f(a, b=1):
    return a + b
try:
    x = f(1)
except (ValueError, TypeError) as error:
    print(error)
finally:
    del os
for i in range(3):
    if i and not x:
        continue
    while x:
        break
with open("f") as handle:
    data = [line for line in handle if line]
"""


def test_labels_are_placed_at_the_next_instruction():
    sequence = InstructionSequence()
    loop = sequence.new_label()
    end = sequence.new_label()
    sequence.use_label(loop)
    sequence.add_named("LOAD_NAME", 0, Location(1, 1, 0, 1))
    sequence.add_named("POP_JUMP_IF_FALSE", end, Location(1, 1, 0, 1))
    sequence.add_named("JUMP", loop)
    sequence.use_label(end)
    sequence.add_named("RETURN_CONST", 0)
    assert (loop.position, end.position) == (0, 3)
    assert sequence_to_tuples(sequence) == [
        (BY_NAME["LOAD_NAME"].opcode, 0, 1, 1, 0, 1),
        (BY_NAME["POP_JUMP_IF_FALSE"].opcode, 3, 1, 1, 0, 1),
        (BY_NAME["JUMP"].opcode, 0, -1, -1, -1, -1),
        (BY_NAME["RETURN_CONST"].opcode, 0, -1, -1, -1, -1),
    ]


def test_cpython_codegen_output_round_trips():
    instructions, _ = _testinternalcapi.compiler_codegen(ast.parse(PROGRAM), "<test>", 0)
    sequence = sequence_from_tuples(instructions)
    assert sequence_to_tuples(sequence) == instructions
    jumps = [i for i in sequence if i.opcode in HAS_TARGET]
    assert jumps and all(isinstance(i.oparg, Label) for i in jumps)
    assert any(i.location == NO_LOCATION for i in sequence)


def test_has_target_is_cpythons_jumps_and_block_pushes():
    import dis
    assert HAS_TARGET == set(dis.hasjrel) | set(dis.hasexc)


@pytest.mark.parametrize("left, right", [
    (1, 1.0), (1, True), (0, False), (0.0, -0.0), (1.0, True), (complex(0, 0.0), complex(0, -0.0)),
    (complex(0.0, 1), complex(-0.0, 1)), ((1, 2), (1.0, 2)), ((0.0,), (-0.0,)), (b"a", "a"),
    (frozenset({1}), frozenset({1.0})), ((1,), [1][0]),
])
def test_const_keys_keep_equal_looking_constants_apart(left, right):
    if type(left) is type(right) and left == right and repr(left) == repr(right):
        assert const_key(left) == const_key(right)
    else:
        assert const_key(left) != const_key(right)
    assert value_of_key(const_key(left)) is left


def test_const_keys_match_cpythons():
    source = "a = 1; b = True; c = 1.0; d = -0.0; e = (1, 2.0, (None, b'x')); f = 'text'; g = 2j; h = ..."
    _, metadata = _testinternalcapi.compiler_codegen(ast.parse(source), "<test>", 0)
    unit = CodeUnitMetadata("<module>")
    for value in (1, True, 1.0, -0.0, (1, 2.0, (None, b"x")), "text", 2j, Ellipsis, None):
        unit.add_const(value)
    assert unit.consts == metadata["consts"]
    assert list(unit.consts.values()) == list(metadata["consts"].values())


def test_metadata_from_cpython_dict_gives_the_constants_back_in_order():
    _, metadata = _testinternalcapi.compiler_codegen(ast.parse("x = 1; y = True; z = (1, 2)"), "<t>", 0)
    unit = metadata_from_dict(metadata)
    assert unit.const_values() == [1, True, (1, 2), None]
    assert [type(v) for v in unit.const_values()] == [int, bool, tuple, type(None)]
    assert unit.names == {"x": 0, "y": 1, "z": 2}
    assert unit.firstlineno == 1


def test_const_cache_shares_one_object_per_constant():
    cache = ConstCache()
    first = cache.merge_recursive((1, ("a", 2.0)))
    second = cache.merge_recursive((1, ("a", 2.0)))
    assert first is second
    inner = cache.merge_recursive(("a", 2.0))
    assert inner is first[1]
    assert cache.merge(b"\x00\x01") == b"\x00\x01"
    code = bytes([1, 2, 3])
    assert cache.merge(bytes([1, 2, 3])) is not code
    assert cache.merge(code) == code
    assert cache.merge(1.0) is not cache.merge(True)
