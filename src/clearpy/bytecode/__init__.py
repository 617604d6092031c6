"""Bytecode: what CPython 3.12's instructions are, and how code objects store them.

- ``instructions``: every instruction defined once (name, opcode, stack effect,
  caches, argument kind); the compiler, VM, disassembler and tracer read it.
- ``exception_table``: the ``co_exceptiontable`` format (which handler covers
  which instructions).
"""
