"""The code generator, assembled from its parts, and how to run it on a tree.

``CodeGenerator`` combines the shared machinery of ``codegen`` with one
visitor class per concept (expressions, statements, definitions ...). Visiting
a node calls the method named after its class: ``visit_BinOp`` for a
``BinOp``. Two entry points:

* ``generate_code(tree, ...)``: the whole module, every code unit assembled
  by the back end; returns the module's code object (``compiler_mod``);
* ``generate_module_sequence(tree, ...)``: the module unit's instructions and
  metadata before optimization, nested units assembled as usual; this is what
  CPython's ``_testinternalcapi.compiler_codegen`` returns, for comparing the
  two code generators instruction by instruction.
"""

import ast

from clearpy.compiler.codegen import (
    CO_FUTURE_ANNOTATIONS, SCOPE_MODULE, SETUP_ANNOTATIONS, CodeGeneratorCore,
    find_annotations)
from clearpy.compiler.codegen_comprehensions import ComprehensionCodegen
from clearpy.compiler.codegen_exceptions import ExceptionCodegen
from clearpy.compiler.codegen_expressions import ExpressionCodegen
from clearpy.compiler.codegen_fstrings import FStringCodegen
from clearpy.compiler.codegen_functions import FunctionCodegen
from clearpy.compiler.codegen_patterns import PatternCodegen
from clearpy.compiler.codegen_statements import StatementCodegen
from clearpy.compiler.instruction_sequence import Location
from clearpy.compiler.recursion import deep_recursion

_EXPRESSIONS = ("BoolOp NamedExpr BinOp UnaryOp Lambda IfExp Dict Set ListComp SetComp "
                "DictComp GeneratorExp Await Yield YieldFrom Compare Call FormattedValue "
                "JoinedStr Constant Attribute Subscript Starred Name List Tuple Slice").split()
_STATEMENTS = ("FunctionDef AsyncFunctionDef ClassDef Return Delete Assign TypeAlias "
               "AugAssign AnnAssign For AsyncFor While If With AsyncWith Match Raise Try "
               "TryStar Assert Import ImportFrom Global Nonlocal Expr Pass Break "
               "Continue").split()


class CodeGenerator(ExpressionCodegen, FStringCodegen, StatementCodegen, ExceptionCodegen,
                    FunctionCodegen, ComprehensionCodegen, PatternCodegen, CodeGeneratorCore):
    """CPython 3.12's code generator (``compile.c``)."""

    def __init__(self, symtable, filename, future, flags, optimize, assemble):
        super().__init__(symtable, filename, future, flags, optimize, assemble)
        self.future_annotations = bool(flags & CO_FUTURE_ANNOTATIONS)

    def visit_expr(self, node) -> None:
        kind = type(node)
        # Speed: names and constants, most expressions, go straight to the
        # method that emits their instruction (visit_Name and visit_Constant
        # written out: a call less per node).
        if kind is ast.Name:
            self.nameop((node.lineno, node.end_lineno, node.col_offset, node.end_col_offset),
                        node.id, type(node.ctx))
        elif kind is ast.Constant:
            self.load_const(node.value, (node.lineno, node.end_lineno, node.col_offset,
                                         node.end_col_offset))
        else:
            _EXPRESSION_VISITORS[kind](self, node)

    def visit_stmt(self, node) -> None:
        _STATEMENT_VISITORS[type(node)](self, node)

    def module_code(self, tree) -> None:
        """Generate the module unit's code (``compiler_codegen``)."""
        self.enter_scope("<module>", SCOPE_MODULE, tree, 1)
        location = Location(1, 1, 0, 0)
        kind = type(tree)
        if kind is ast.Module:
            self.body(location, tree.body)
        elif kind is ast.Interactive:
            if find_annotations(tree.body):
                self.addop(SETUP_ANNOTATIONS, location)
            self.interactive = True
            self.visit_statements(tree.body)
        elif kind is ast.Expression:
            self.visit_expr(tree.body)
        else:
            raise SystemError(f"module kind {kind.__name__} should not be possible")


_EXPRESSION_VISITORS = {getattr(ast, name): getattr(CodeGenerator, "visit_" + name)
                        for name in _EXPRESSIONS}
_STATEMENT_VISITORS = {getattr(ast, name): getattr(CodeGenerator, "visit_" + name)
                       for name in _STATEMENTS}


def generate_code(tree, symtable, filename: str, future, flags: int, optimize: int, assemble):
    """The module's code object: every unit generated and assembled (``compiler_mod``)."""
    with deep_recursion():
        generator = CodeGenerator(symtable, filename, future, flags, optimize, assemble)
        generator.module_code(tree)
        code = generator.finish_unit(add_none=type(tree) is not ast.Expression)
        generator.exit_scope()
        return code


def generate_module_sequence(tree, symtable, filename: str, future, flags: int, optimize: int,
                             assemble):
    """The module unit's instruction sequence and metadata, unoptimized (what CPython's
    ``_PyCompile_CodeGen`` returns)."""
    with deep_recursion():
        generator = CodeGenerator(symtable, filename, future, flags, optimize, assemble)
        generator.module_code(tree)
        unit = generator.unit
        generator.add_return_at_end(type(tree) is not ast.Expression)
        return unit.sequence, unit.metadata
