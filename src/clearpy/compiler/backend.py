"""The compiler's back end: from an instruction sequence to a code object.

Code generation hands over one code unit as an ``InstructionSequence`` and
its ``CodeUnitMetadata``; ``optimize_and_assemble`` does the rest, exactly in
the order of CPython 3.12's ``optimize_and_assemble_code_unit``:

    build_cfg                  cut the sequence into basic blocks (flowgraph)
    optimize_code_unit         every CFG pass (exception_handlers, cfg_optimizer,
                               peephole, uninitialized_locals, cold_blocks, line_numbers)
    prepare_localsplus         prefix instructions, cell offsets (localsplus)
    max_stack_depth            co_stacksize (stack_depth)
    convert_pseudo_ops         the last pseudo-instructions become real ones
    normalize_jumps,
    resolve_jump_offsets       jumps become distances (jumps)
    make_code_object           co_code, co_linetable, co_exceptiontable, CodeType (assembler)
"""

from types import CodeType

from clearpy.compiler.assembler import make_code_object
from clearpy.compiler.cfg_optimizer import convert_pseudo_ops, optimize_cfg, remove_unused_consts
from clearpy.compiler.cold_blocks import push_cold_blocks_to_end
from clearpy.compiler.constants import ConstCache
from clearpy.compiler.exception_handlers import label_exception_targets
from clearpy.compiler.flowgraph import ControlFlowGraph, build_cfg
from clearpy.compiler.instruction_sequence import (
    NO_LOCATION, CodeUnitMetadata, Instruction, InstructionSequence, metadata_from_dict,
    sequence_from_tuples)
from clearpy.compiler.jumps import normalize_jumps, resolve_jump_offsets
from clearpy.compiler.line_numbers import resolve_line_numbers
from clearpy.compiler.localsplus import prepare_localsplus
from clearpy.compiler.opcodes import RETURN_VALUE, TERMINATORS
from clearpy.compiler.peephole import Constants
from clearpy.compiler.stack_depth import max_stack_depth
from clearpy.compiler.uninitialized_locals import add_checks_for_loads_of_uninitialized_variables

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08


def optimize_and_assemble(sequence: InstructionSequence, metadata: CodeUnitMetadata, code_flags: int,
                          filename: str, const_cache: ConstCache | None = None,
                          observe=None) -> CodeType:
    """Optimize one code unit and assemble it into a ``types.CodeType``.

    ``code_flags`` are the unit's ``co_flags`` (``compute_code_flags`` of the
    front end). ``const_cache`` is shared by all the units of one compilation
    so that equal constants are one object (optional). The sequence is
    consumed: its instructions are rewritten in place.

    ``observe(stage, graph, constants, metadata)``, when given, is called with the graph
    as it is after each stage: ``"cfg"`` (just cut into blocks), ``"optimized"``
    (after every CFG pass) and ``"assembled"`` (laid out, jumps resolved), so
    tools such as ``clearpy cfg`` can show the work.
    """
    if const_cache is None:
        const_cache = ConstCache()
    graph = build_cfg(sequence)
    constants = Constants.of_unit(metadata.consts, const_cache)
    if observe:
        observe("cfg", graph, constants.values, metadata)
    nparams = (metadata.posonlyargcount + metadata.argcount + metadata.kwonlyargcount
               + bool(code_flags & CO_VARARGS) + bool(code_flags & CO_VARKEYWORDS))
    optimize_code_unit(graph, constants, code_flags, len(metadata.varnames), nparams,
                       metadata.firstlineno)
    if observe:
        observe("optimized", graph, constants.values, metadata)
    nlocalsplus = prepare_localsplus(metadata, graph, code_flags)
    max_depth = max_stack_depth(graph, code_flags)
    convert_pseudo_ops(graph)
    normalize_jumps(graph)
    resolve_jump_offsets(graph)
    if observe:
        observe("assembled", graph, constants.values, metadata)
    code = make_code_object(metadata, graph, constants.values, max_depth, nlocalsplus, code_flags,
                            filename, const_cache, constants.keys)
    graph.dispose()
    return code


def optimize_code_unit(graph: ControlFlowGraph, constants: Constants, code_flags: int,
                       nlocals: int, nparams: int, firstlineno: int) -> None:
    """All of CPython's CFG passes, in order (``_PyCfg_OptimizeCodeUnit``)."""
    if graph.has_handlers:
        label_exception_targets(graph)      # (build_cfg marked the handler blocks)
    optimize_cfg(graph, constants)
    remove_unused_consts(graph, constants)
    add_checks_for_loads_of_uninitialized_variables(graph, nlocals, nparams)
    push_cold_blocks_to_end(graph)
    resolve_line_numbers(graph, firstlineno)


def assemble_cpython_codegen(instructions: list, metadata: dict, code_flags: int, filename: str,
                             firstlineno: int = 1) -> CodeType:
    """Run clearpy's back end on ``_testinternalcapi.compiler_codegen`` output."""
    return optimize_and_assemble(sequence_from_tuples(instructions),
                                 metadata_from_dict(metadata, firstlineno), code_flags, filename)


def assemble_without_optimizing(sequence: InstructionSequence, metadata: CodeUnitMetadata,
                                code_flags: int, filename: str) -> CodeType:
    """Only the assembly half, on an already optimized sequence (``_PyCompile_Assemble``).

    What ``_testinternalcapi.assemble_code_object`` does: no CFG passes, no
    exception handlers (pseudo-instructions are simply dropped), and a final
    ``RETURN_VALUE`` when the code would run off its end.
    """
    graph = build_cfg(sequence)
    last = graph.last_block().last
    if last is None or last.opcode not in TERMINATORS:
        graph.last_block().instructions.append(Instruction(RETURN_VALUE, 0, NO_LOCATION))
    nlocalsplus = prepare_localsplus(metadata, graph, code_flags)
    max_depth = max_stack_depth(graph, code_flags)
    convert_pseudo_ops(graph)
    normalize_jumps(graph)
    resolve_jump_offsets(graph)
    return make_code_object(metadata, graph, metadata.const_values(), max_depth, nlocalsplus,
                            code_flags, filename, ConstCache())
