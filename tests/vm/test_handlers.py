"""Every instruction CPython's compiler emits has a handler, registered
against the one instruction table (clearpy.bytecode.instructions)."""

import dis

from clearpy.bytecode.instructions import BY_NAME
from clearpy.corpus import corpus_sample
from clearpy.vm.code import vm_code
from clearpy.vm.handlers import HANDLERS, make_op

# Instructions that never appear in code CPython 3.12's compiler makes.
NOT_EMITTED = {"CACHE", "RESERVED", "INTERPRETER_EXIT", "EXTENDED_ARG"}


def _code_objects(code):
    yield code
    for constant in code.co_consts:
        if hasattr(constant, "co_code"):
            yield from _code_objects(constant)


def test_every_real_instruction_has_a_handler():
    make_op  # the handlers are registered when the package is first used
    from clearpy.vm.handlers import _load_all
    _load_all()
    real = {name for name, definition in BY_NAME.items() if not definition.is_pseudo}
    missing = sorted(real - NOT_EMITTED - set(HANDLERS))
    assert missing == []


def test_handlers_cover_what_the_compiler_emits_in_a_stdlib_sample():
    emitted = set()
    for path in corpus_sample(40):
        try:
            module = compile(path.read_bytes(), str(path), "exec")
        except SyntaxError:
            continue
        for code in _code_objects(module):
            emitted.update(instruction.opname for instruction in dis.get_instructions(code))
            decoded = vm_code(code)
            ops = decoded.ops()
            assert len(ops) == len(decoded.sites)
    emitted -= {"EXTENDED_ARG"}
    assert emitted <= set(HANDLERS), sorted(emitted - set(HANDLERS))
    assert len(emitted) > 80


def test_stack_depths_agree_with_the_compiler():
    """The deepest stack our analysis finds is what the compiler declared."""
    for path in corpus_sample(15):
        try:
            module = compile(path.read_bytes(), str(path), "exec")
        except SyntaxError:
            continue
        for code in _code_objects(module):
            decoded = vm_code(code)
            deepest = max((site.depth for site in decoded.sites if site.depth is not None),
                          default=0)
            assert deepest <= code.co_stacksize, code
