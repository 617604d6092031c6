"""clearpy's instruction table agrees with CPython 3.12's own opcode metadata."""

import dis
import opcode

import pytest

from clearpy.bytecode import instructions
from clearpy.bytecode.instructions import BY_NAME, BY_OPCODE, opcode_table

CPYTHON_NAMES = {name for name in opcode.opmap if not name.startswith("INSTRUMENTED_")}
OPARGS = list(range(0, 40)) + [255, 256, 257, 258, 259, 511, 0x1234, 0x10003]


def test_every_cpython_instruction_is_defined_with_the_same_opcode():
    assert set(BY_NAME) == CPYTHON_NAMES
    for name in CPYTHON_NAMES:
        assert BY_NAME[name].opcode == opcode.opmap[name], name


@pytest.mark.parametrize("name", sorted(CPYTHON_NAMES))
def test_stack_effect_matches_dis(name):
    definition = BY_NAME[name]
    code = opcode.opmap[name]
    takes_argument = code in opcode.hasarg
    assert definition.has_argument == takes_argument
    if definition.is_pseudo and not takes_argument:
        # SETUP_* and POP_BLOCK: dis wants no oparg; the jump matters.
        for jump in (None, False, True):
            assert definition.stack_effect(0, jump) == dis.stack_effect(code, jump=jump)
        return
    for oparg in OPARGS if takes_argument else [0]:
        for jump in (None, False, True):
            expected = dis.stack_effect(code, oparg if takes_argument else None, jump=jump)
            assert definition.stack_effect(oparg, jump) == expected, (name, oparg, jump)


def test_cache_entries_match():
    for name in CPYTHON_NAMES:
        definition = BY_NAME[name]
        if not definition.is_pseudo:
            assert definition.cache_entries == opcode._inline_cache_entries[definition.opcode], name


@pytest.mark.parametrize("kinds, cpython_list", [
    ({"const"}, opcode.hasconst),
    ({"name", "global_name", "attr_name", "super_name"}, opcode.hasname),
    ({"local"}, opcode.haslocal),
    ({"cell"}, opcode.hasfree),
    ({"compare"}, opcode.hascompare),
    ({"jump_forward", "jump_backward", "jump"}, opcode.hasjrel),
    ({"handler"}, opcode.hasexc),
])
def test_argument_kinds_match_cpython_lists(kinds, cpython_list):
    ours = {definition.opcode for definition in BY_OPCODE.values() if definition.argument in kinds}
    # CPython's lists still hold a few retired numbers (148 was LOAD_CLASSDEREF).
    assert ours == {code for code in cpython_list if code in BY_OPCODE}


def test_argument_kinds_are_documented():
    for definition in BY_OPCODE.values():
        assert definition.argument is None or definition.argument in instructions.ARGUMENT_KINDS


def test_operator_and_intrinsic_tables_match():
    assert instructions.NB_OPS == tuple(opcode._nb_ops)
    assert instructions.COMPARISON_OPERATORS == opcode.cmp_op
    assert instructions.INTRINSIC_1 == tuple(opcode._intrinsic_1_descs)
    assert instructions.INTRINSIC_2 == tuple(opcode._intrinsic_2_descs)
    assert tuple(instructions.MAKE_FUNCTION_FLAGS.values()) == dis.MAKE_FUNCTION_FLAGS
    assert instructions.HAVE_ARGUMENT == opcode.HAVE_ARGUMENT
    assert instructions.MIN_PSEUDO_OPCODE == opcode.MIN_PSEUDO_OPCODE
    assert instructions.PSEUDO_TARGETS == {k: tuple(v) for k, v in opcode._pseudo_ops.items()}


def test_opcode_table_is_indexed_by_opcode():
    names = opcode_table("name")
    assert len(names) == 256
    for code, name in enumerate(names):
        if name is not None:
            assert opcode.opname[code] == name
    assert opcode_table("cache_entries")[opcode.opmap["LOAD_ATTR"]] == 9


def test_cache_layouts_match_cpython_and_add_up():
    assert {name: dict(layout) for name, layout in instructions.CACHE_LAYOUTS.items()} == \
        opcode._cache_format
    for name, layout in instructions.CACHE_LAYOUTS.items():
        assert sum(size for _, size in layout) == BY_NAME[name].cache_entries, name
    with_caches = {name for name, definition in BY_NAME.items() if definition.cache_entries}
    assert with_caches == set(instructions.CACHE_LAYOUTS)
