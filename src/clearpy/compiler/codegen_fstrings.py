"""Code generation for f-strings.

``f"Hello, {name!r:>10}!"`` is a ``JoinedStr`` of three parts: the constant
``"Hello, "``, a ``FormattedValue`` (the expression ``name``, the conversion
``!r`` and the format spec ``>10``, itself an f-string), and ``"!"``. Each
part leaves one string on the stack: a constant is loaded, a formatted value
is computed, converted and formatted by ``FORMAT_VALUE``; then
``BUILD_STRING 3`` joins them. Beyond 30 parts, the pieces are appended to a
list instead and joined with ``"".join(list)``, to keep the stack small.
"""

import ast

from clearpy.bytecode.instructions import BY_NAME
from clearpy.compiler.codegen import CALL, LOAD_METHOD, STACK_USE_GUIDELINE, location_of

BUILD_STRING = BY_NAME["BUILD_STRING"].opcode
FORMAT_VALUE = BY_NAME["FORMAT_VALUE"].opcode
BUILD_LIST = BY_NAME["BUILD_LIST"].opcode
LIST_APPEND = BY_NAME["LIST_APPEND"].opcode

# FORMAT_VALUE's argument: the conversion in the low bits, 4 if a spec is pushed.
CONVERSIONS = {-1: 0, ord("s"): 1, ord("r"): 2, ord("a"): 3}
HAVE_SPEC = 0x04


class FStringCodegen:
    """Visitors for f-strings (mixed into ``CodeGenerator``)."""

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        location = location_of(node)
        values = node.values
        if len(values) > STACK_USE_GUIDELINE:
            self.load_const("", location)
            self.addop_name(LOAD_METHOD, location, "join", self.unit.metadata.names)
            self.addop(BUILD_LIST, location, 0)
            for value in values:
                self.visit_expr(value)
                self.addop(LIST_APPEND, location, 1)
            self.addop(CALL, location, 1)
            return
        for value in values:
            self.visit_expr(value)
        if len(values) != 1:
            self.addop(BUILD_STRING, location, len(values))

    def visit_FormattedValue(self, node: ast.FormattedValue) -> None:
        self.visit_expr(node.value)
        oparg = CONVERSIONS.get(node.conversion)
        if oparg is None:
            raise SystemError(f"Unrecognized conversion character {node.conversion}")
        if node.format_spec is not None:
            self.visit_expr(node.format_spec)
            oparg |= HAVE_SPEC
        self.addop(FORMAT_VALUE, location_of(node), oparg)
