"""Each half of the back end against CPython's own: optimize_cfg and assemble_code_object.

``_testinternalcapi.optimize_cfg(instructions, consts, nlocals)`` runs CPython's
CFG passes alone; ``assemble_code_object(filename, instructions, metadata)``
runs its assembler alone. Both take and give the plain tuple format. (In
3.12.1 ``optimize_cfg`` crashes on code with exception handlers, so only
programs without ``SETUP_*`` are compared at that stage; the whole back end
is compared on all of them in test_backend_differential.)
"""

import ast
import types
import warnings

import _testinternalcapi
import pytest

from clearpy.bytecode.instructions import BY_NAME
from clearpy.compiler.backend import assemble_without_optimizing, optimize_code_unit
from clearpy.compiler.code_comparison import first_difference
from clearpy.compiler.constants import ConstCache
from clearpy.compiler.flowgraph import build_cfg, instructions_of
from clearpy.compiler.instruction_sequence import metadata_from_dict, sequence_from_tuples
from clearpy.compiler.opcodes import BLOCK_PUSHES
from clearpy.compiler.peephole import Constants

from programs import PROGRAMS


def codegen(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _testinternalcapi.compiler_codegen(ast.parse(source), "<test>", 0)


def const_list(metadata):
    return metadata_from_dict(metadata).const_values()


WITHOUT_HANDLERS = sorted(name for name, source in PROGRAMS.items()
                          if not any(op in BLOCK_PUSHES for op, *_ in codegen(source)[0]))


def clearpy_optimize_cfg(instructions, consts, nlocals):
    """clearpy's passes with the arguments CPython's optimize_cfg hook uses."""
    graph = build_cfg(sequence_from_tuples(instructions))
    constants = Constants(consts, ConstCache())
    optimize_code_unit(graph, constants, code_flags=0, nlocals=nlocals, nparams=0, firstlineno=1)
    return instructions_of(graph)


@pytest.mark.parametrize("name", WITHOUT_HANDLERS)
def test_cfg_optimizer_matches_optimize_cfg(name):
    instructions, metadata = codegen(PROGRAMS[name])
    theirs = const_list(metadata)
    expected = _testinternalcapi.optimize_cfg(instructions, theirs, len(metadata["varnames"]))
    ours = const_list(metadata)
    got = clearpy_optimize_cfg(instructions, ours, len(metadata["varnames"]))
    assert got == expected
    assert ours == theirs


def cpython_assemble(instructions, metadata):
    """assemble_code_object, with every metadata key it needs (a missing one crashes it)."""
    metadata = dict(metadata, fasthidden={})
    metadata.setdefault("qualname", metadata["name"])
    metadata.setdefault("firstlineno", 1)
    for key in ("names", "varnames", "cellvars", "freevars"):
        metadata.setdefault(key, {})
    for key in ("argcount", "posonlyargcount", "kwonlyargcount"):
        metadata.setdefault(key, 0)
    return _testinternalcapi.assemble_code_object("<test>", instructions, metadata)


@pytest.mark.parametrize("name", WITHOUT_HANDLERS)
def test_assembler_matches_assemble_code_object(name):
    instructions, metadata = codegen(PROGRAMS[name])
    optimized = _testinternalcapi.optimize_cfg(instructions, const_list(metadata), len(metadata["varnames"]))
    expected = cpython_assemble(optimized, metadata)
    got = assemble_without_optimizing(sequence_from_tuples(optimized), metadata_from_dict(metadata), 0, "<test>")
    assert first_difference(got, expected) is None


def op(name, oparg=0, line=1):
    return (BY_NAME[name].opcode, oparg, line, line, 0, 1)


def test_cells_and_free_variables():
    """MAKE_CELL for every cell in localsplus order, COPY_FREE_VARS, and cell numbers made offsets.

    ``b`` is a parameter and a cell, so it keeps its parameter slot.
    """
    metadata = {
        "name": "f", "qualname": "outer.<locals>.f", "consts": {None: 0},
        "names": {}, "varnames": {"a": 0, "b": 1, "c": 2},
        "cellvars": {"d": 0, "b": 1}, "freevars": {"e": 2, "g": 3},
        "argcount": 1, "posonlyargcount": 1, "kwonlyargcount": 0, "firstlineno": 3,
    }
    instructions = [
        op("RESUME", 0), op("LOAD_DEREF", 0), op("LOAD_DEREF", 1), op("LOAD_DEREF", 2),
        op("LOAD_DEREF", 3), op("BUILD_TUPLE", 4), op("STORE_DEREF", 1), op("LOAD_CLOSURE", 0),
        op("DELETE_DEREF", 3), op("POP_TOP"), op("RETURN_CONST", 0),
    ]
    expected = cpython_assemble(instructions, metadata)
    got = assemble_without_optimizing(sequence_from_tuples(instructions), metadata_from_dict(metadata),
                                      0, "<test>")
    assert first_difference(got, expected) is None
    assert [i.opname for i in __import__("dis").get_instructions(got)][:3] == [
        "COPY_FREE_VARS", "MAKE_CELL", "MAKE_CELL"]
    assert got.co_cellvars == ("b", "d") and got.co_freevars == ("e", "g")
    assert (got.co_argcount, got.co_posonlyargcount) == (2, 1)


def test_assembled_function_runs():
    metadata = {"name": "avg", "qualname": "stats.avg", "consts": {2: 0}, "argcount": 2,
                "varnames": {"x": 0, "y": 1}, "names": {}, "cellvars": {}, "freevars": {}}
    instructions = [op("RESUME", 0), op("LOAD_FAST", 0), op("LOAD_FAST", 1), op("BINARY_OP", 0),
                    op("LOAD_CONST", 0), op("BINARY_OP", 11), op("RETURN_VALUE")]
    code = assemble_without_optimizing(sequence_from_tuples(instructions), metadata_from_dict(metadata),
                                       0, "<test>")
    assert first_difference(code, cpython_assemble(instructions, metadata)) is None
    assert types.FunctionType(code, {})(3, 4) == 3.5
