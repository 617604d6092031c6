"""Instruction handlers: what each bytecode instruction does.

For every instruction of ``clearpy.bytecode.instructions`` there is a
*maker* here, registered under the instruction's name::

    @handler("BINARY_OP")
    def binary_op(site):
        operate = BINARY_OPERATORS[site.oparg]   # chosen once, not per run
        lhs, rhs = site.stack(2), site.stack(1)   # registers of the inputs
        following = site.next

        def op(frame, R):
            R[lhs] = operate(R[lhs], R[rhs])     # the result replaces lhs
            R[rhs] = NULL                        # rhs is popped
            return following

        return op

The maker runs once per instruction of a code object, when the code object
is decoded; it receives the ``Site`` (the decoded instruction, with its
stack depth) and returns the handler ``op``, a function of the frame and its
registers that returns the index of the next instruction. Everything that
does not change from one run to the next (which operator, which register,
which constant, where to jump) is worked out by the maker and kept in the
handler's closure, so running an instruction is one call of a small function.

The modules of this package group the instructions by what they are about.
"""

from clearpy.bytecode.instructions import BY_NAME
from clearpy.vm.errors import InternalError

HANDLERS = {}   # instruction name -> maker(site) -> op(frame, R) -> next index


def handler(*names):
    """Register a maker for the instructions ``names``."""
    def register(maker):
        for name in names:
            if name not in BY_NAME:
                raise ValueError(f"no instruction called {name}")
            HANDLERS[name] = maker
        return maker
    return register


_loaded = False


def _load_all():
    # Importing the modules registers their makers.
    global _loaded
    from clearpy.vm.handlers import (  # noqa: F401
        attributes, calls, containers, control, exceptions, generators, imports, matching,
        operators, stack, strings, variables)
    _loaded = True


def _unreachable(site):
    def op(frame, R):
        raise InternalError(f"reached dead code at offset {site.offset} of {site.code.co.co_name}")
    return op


def _unknown(site):
    def op(frame, R):
        raise SystemError(f"{site.code.co.co_filename}:{site.line}: unknown opcode {site.opcode}")
    return op


def make_op(site):
    """The handler of one instruction."""
    if not _loaded:
        _load_all()
    if site.depth is None:
        return _unreachable(site)
    maker = HANDLERS.get(site.name)
    if maker is None:
        return _unknown(site)
    return maker(site)


def build_ops(code):
    """Both handler lists of a code object: one per instruction, and the fused one."""
    plain = [make_op(site) for site in code.sites]
    from clearpy.vm.fusion import fuse

    return plain, fuse(code, plain)
