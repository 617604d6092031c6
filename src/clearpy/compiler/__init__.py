"""Stage 3 of clearpy: the compiler, from an AST to CPython 3.12 code objects.

The compiler works in steps, each in its own module or package here:

    future      which ``from __future__`` features a module asks for (future.c)
    symtable    which names are local, global, free or cells in each scope
                (symtable.c): the *symbol tables* the code generator reads
    (codegen, the optimizer and the assembler come next: they turn the AST
    and its symbol tables into bytecode)

Each step reads what the previous one produced and nothing later, exactly as
CPython's ``compile()`` does.
"""
