"""Code generation for expressions: operators, names, containers, calls, attributes.

Every expression leaves exactly one value on the stack. Operands are pushed
left to right, then one instruction combines them: ``a + b * c`` is

    LOAD_NAME a; LOAD_NAME b; LOAD_NAME c; BINARY_OP *; BINARY_OP +

A few expressions need jumps: ``and``/``or`` (short-circuit), chained
comparisons (``a < b < c`` evaluates ``b`` once), and conditional expressions.
``jump_if`` compiles a condition straight into the jump that uses it, without
ever materialising ``True``/``False``: this is how ``if`` and ``while`` tests
are compiled too.

Calls use the 3.12 protocol: ``PUSH_NULL`` (or a method's ``self``), the
callable, the arguments, then ``CALL n``; keyword names travel in a constant
tuple announced by ``KW_NAMES``; ``*args`` and ``**kwargs`` go through
``CALL_FUNCTION_EX``. A call of ``obj.method(...)`` uses the method form of
``LOAD_ATTR`` to skip creating a bound method, and ``super().method(...)``
uses ``LOAD_SUPER_ATTR``.
"""

import ast

from clearpy.bytecode.instructions import BY_NAME
from clearpy.compiler.codegen import (
    CALL, CALL_INTRINSIC_1, COPY, FREE, GET_AWAITABLE, GLOBAL_IMPLICIT,
    INTRINSIC_LIST_TO_TUPLE, INTRINSIC_UNARY_POSITIVE, JUMP, KW_NAMES, LOAD_ATTR, LOAD_CONST,
    LOAD_METHOD, LOAD_SUPER_ATTR, LOAD_SUPER_METHOD, LOAD_ZERO_SUPER_ATTR,
    LOAD_ZERO_SUPER_METHOD, NO_LOCATION, NOP, POP_TOP, PUSH_NULL, SCOPE_ASYNC_FUNCTION,
    SCOPE_COMPREHENSION, STACK_USE_GUIDELINE, SWAP, location_of)
from clearpy.compiler.codegen_diagnostics import type_name_of_literal
from clearpy.compiler.instruction_sequence import Location
from clearpy.compiler.symtable import DEF_IMPORT

_op = {name: BY_NAME[name].opcode for name in (
    "BINARY_OP", "UNARY_NOT", "UNARY_NEGATIVE", "UNARY_INVERT", "COMPARE_OP", "IS_OP",
    "CONTAINS_OP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "BUILD_LIST", "BUILD_SET",
    "BUILD_MAP", "BUILD_TUPLE", "BUILD_CONST_KEY_MAP", "LIST_APPEND", "LIST_EXTEND",
    "SET_ADD", "SET_UPDATE", "MAP_ADD", "DICT_UPDATE", "DICT_MERGE", "UNPACK_SEQUENCE",
    "UNPACK_EX", "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "BINARY_SLICE",
    "STORE_SLICE", "BUILD_SLICE", "CALL_FUNCTION_EX", "STORE_ATTR", "DELETE_ATTR",
    "GET_YIELD_FROM_ITER")}
BINARY_OP = _op["BINARY_OP"]
COMPARE_OP = _op["COMPARE_OP"]
IS_OP = _op["IS_OP"]
CONTAINS_OP = _op["CONTAINS_OP"]
POP_JUMP_IF_FALSE = _op["POP_JUMP_IF_FALSE"]
POP_JUMP_IF_TRUE = _op["POP_JUMP_IF_TRUE"]
BUILD_LIST = _op["BUILD_LIST"]
BUILD_SET = _op["BUILD_SET"]
BUILD_MAP = _op["BUILD_MAP"]
BUILD_TUPLE = _op["BUILD_TUPLE"]
BUILD_CONST_KEY_MAP = _op["BUILD_CONST_KEY_MAP"]
LIST_APPEND = _op["LIST_APPEND"]
LIST_EXTEND = _op["LIST_EXTEND"]
SET_ADD = _op["SET_ADD"]
SET_UPDATE = _op["SET_UPDATE"]
MAP_ADD = _op["MAP_ADD"]
DICT_UPDATE = _op["DICT_UPDATE"]
DICT_MERGE = _op["DICT_MERGE"]
UNPACK_SEQUENCE = _op["UNPACK_SEQUENCE"]
UNPACK_EX = _op["UNPACK_EX"]
BINARY_SUBSCR = _op["BINARY_SUBSCR"]
STORE_SUBSCR = _op["STORE_SUBSCR"]
DELETE_SUBSCR = _op["DELETE_SUBSCR"]
BINARY_SLICE = _op["BINARY_SLICE"]
STORE_SLICE = _op["STORE_SLICE"]
BUILD_SLICE = _op["BUILD_SLICE"]
CALL_FUNCTION_EX = _op["CALL_FUNCTION_EX"]
STORE_ATTR = _op["STORE_ATTR"]
DELETE_ATTR = _op["DELETE_ATTR"]
GET_YIELD_FROM_ITER = _op["GET_YIELD_FROM_ITER"]

# BINARY_OP's argument for each operator; the in-place form is 13 further on.
BINARY_OPERATORS = {
    ast.Add: 0, ast.BitAnd: 1, ast.FloorDiv: 2, ast.LShift: 3, ast.MatMult: 4, ast.Mult: 5,
    ast.Mod: 6, ast.BitOr: 7, ast.Pow: 8, ast.RShift: 9, ast.Sub: 10, ast.Div: 11,
    ast.BitXor: 12,
}
INPLACE_OFFSET = 13

UNARY_OPERATORS = {ast.Invert: _op["UNARY_INVERT"], ast.Not: _op["UNARY_NOT"],
                   ast.USub: _op["UNARY_NEGATIVE"]}

# COMPARE_OP's argument: the comparison (Py_LT ...) in the high bits, and in the
# low four bits a mask the specializing interpreter uses (COMPARISON_* flags).
_UNORDERED, _LESS, _GREATER, _EQUAL = 1, 2, 4, 8
_NOT_EQUAL = _UNORDERED | _LESS | _GREATER
COMPARISONS = {
    ast.Lt: (0 << 4) | _LESS,
    ast.LtE: (1 << 4) | _LESS | _EQUAL,
    ast.Eq: (2 << 4) | _EQUAL,
    ast.NotEq: (3 << 4) | _NOT_EQUAL,
    ast.Gt: (4 << 4) | _GREATER,
    ast.GtE: (5 << 4) | _GREATER | _EQUAL,
}
IDENTITY_AND_MEMBERSHIP = {ast.Is: (IS_OP, 0), ast.IsNot: (IS_OP, 1),
                           ast.In: (CONTAINS_OP, 0), ast.NotIn: (CONTAINS_OP, 1)}

_NAMED_SINGLETONS = (None, True, False, ...)


def _is_named_singleton_or_not_constant(node) -> bool:
    """compile.c's ``check_is_arg``: False for a constant other than None/True/False/..."""
    if type(node) is not ast.Constant:
        return True
    value = node.value
    return value is None or value is True or value is False or value is ...


def _has_starred(nodes) -> bool:
    """Is one of ``nodes`` a ``*starred`` expression?"""
    for node in nodes:
        if type(node) is ast.Starred:
            return True
    return False


def _has_double_starred(keywords) -> bool:
    """Is one of the keyword arguments a ``**mapping``?"""
    for keyword in keywords:
        if keyword.arg is None:
            return True
    return False


def are_all_constants(nodes, begin: int, end: int) -> bool:
    for index in range(begin, end):
        node = nodes[index]
        if node is None or type(node) is not ast.Constant:
            return False
    return True


def attribute_location(location, node: ast.Attribute):
    """If an attribute access spans lines, start the location at the attribute name
    (``update_start_location_to_match_attr``)."""
    if location[0] == node.end_lineno:
        return location
    lineno = node.end_lineno
    end_lineno, col_offset, end_col_offset = location[1], location[2], location[3]
    length = len(node.attr)
    if length <= node.end_col_offset:
        col_offset = node.end_col_offset - length
    else:
        # Somebody compiles a weird AST (gh-94694): drop the columns.
        col_offset = end_col_offset = -1
    end_lineno = max(lineno, end_lineno)
    if lineno == end_lineno:
        end_col_offset = max(col_offset, end_col_offset)
    return Location(lineno, end_lineno, col_offset, end_col_offset)


class ExpressionCodegen:
    """Visitors for expressions (mixed into ``CodeGenerator``)."""

    # -- simple expressions ------------------------------------------------------------

    # Speed: the two commonest expressions build their location in place
    # (``location_of`` written out), a call less per node.

    def visit_Constant(self, node: ast.Constant) -> None:
        self.load_const(node.value, (node.lineno, node.end_lineno, node.col_offset,
                                     node.end_col_offset))

    def visit_Name(self, node: ast.Name) -> None:
        self.nameop((node.lineno, node.end_lineno, node.col_offset, node.end_col_offset),
                    node.id, type(node.ctx))

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.visit_expr(node.value)
        self.addop(COPY, location_of(node), 1)
        self.visit_expr(node.target)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        self.visit_expr(node.left)
        self.visit_expr(node.right)
        self.addop(BINARY_OP, location_of(node), BINARY_OPERATORS[type(node.op)])

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        self.visit_expr(node.operand)
        op = type(node.op)
        if op is ast.UAdd:
            self.addop(CALL_INTRINSIC_1, location_of(node), INTRINSIC_UNARY_POSITIVE)
        else:
            self.addop(UNARY_OPERATORS[op], location_of(node))

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        location = location_of(node)
        jump = POP_JUMP_IF_FALSE if type(node.op) is ast.And else POP_JUMP_IF_TRUE
        end = self.new_label()
        values = node.values
        for value in values[:-1]:
            self.visit_expr(value)
            self.addop(COPY, location, 1)
            self.addop_jump(jump, location, end)
            self.addop(POP_TOP, location)
        self.visit_expr(values[-1])
        self.use_label(end)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        end = self.new_label()
        otherwise = self.new_label()
        self.jump_if(location_of(node), node.test, otherwise, False)
        self.visit_expr(node.body)
        self.addop_jump(JUMP, NO_LOCATION, end)
        self.use_label(otherwise)
        self.visit_expr(node.orelse)
        self.use_label(end)

    def visit_Starred(self, node: ast.Starred) -> None:
        if type(node.ctx) is ast.Store:
            # Legitimate starred targets were handled by their list or tuple.
            raise self.error("starred assignment target must be in a list or tuple",
                             location_of(node))
        raise self.error("can't use starred expression here", location_of(node))

    # -- comparisons -------------------------------------------------------------------

    def check_compare(self, node: ast.Compare) -> None:
        """Warn about ``x is 1`` and friends: identity with a literal is unreliable."""
        left_ok = _is_named_singleton_or_not_constant(node.left)
        left = node.left
        for op, right in zip(node.ops, node.comparators):
            right_ok = _is_named_singleton_or_not_constant(right)
            kind = type(op)
            if (kind is ast.Is or kind is ast.IsNot) and not (left_ok and right_ok):
                literal = left if not left_ok else right
                type_name = type_name_of_literal(literal)
                if kind is ast.Is:
                    message = f"\"is\" with '{type_name}' literal. Did you mean \"==\"?"
                else:
                    message = f"\"is not\" with '{type_name}' literal. Did you mean \"!=\"?"
                self.warn(message, location_of(node))
                return
            left_ok = right_ok
            left = right

    def add_compare(self, location, op) -> None:
        kind = type(op)
        argument = COMPARISONS.get(kind)
        if argument is not None:
            self.addop(COMPARE_OP, location, argument)
        else:
            opcode, invert = IDENTITY_AND_MEMBERSHIP[kind]
            self.addop(opcode, location, invert)

    def visit_Compare(self, node: ast.Compare) -> None:
        location = location_of(node)
        self.check_compare(node)
        self.visit_expr(node.left)
        ops = node.ops
        comparators = node.comparators
        last = len(ops) - 1
        if last == 0:
            self.visit_expr(comparators[0])
            self.add_compare(location, ops[0])
            return
        cleanup = self.new_label()
        for index in range(last):
            self.visit_expr(comparators[index])
            self.addop(SWAP, location, 2)
            self.addop(COPY, location, 2)
            self.add_compare(location, ops[index])
            self.addop(COPY, location, 1)
            self.addop_jump(POP_JUMP_IF_FALSE, location, cleanup)
            self.addop(POP_TOP, location)
        self.visit_expr(comparators[last])
        self.add_compare(location, ops[last])
        end = self.new_label()
        self.addop_jump(JUMP, NO_LOCATION, end)
        self.use_label(cleanup)
        self.addop(SWAP, location, 2)
        self.addop(POP_TOP, location)
        self.use_label(end)

    def jump_if(self, location, node, target, condition: bool) -> None:
        """Jump to ``target`` if ``node`` is true (``condition``) or false, else fall
        through (``compiler_jump_if``)."""
        kind = type(node)
        if kind is ast.UnaryOp and type(node.op) is ast.Not:
            self.jump_if(location, node.operand, target, not condition)
            return
        if kind is ast.BoolOp:
            values = node.values
            is_or = type(node.op) is ast.Or
            inner_target = target
            if is_or != condition:
                inner_target = self.new_label()
            for value in values[:-1]:
                self.jump_if(location, value, inner_target, is_or)
            self.jump_if(location, values[-1], target, condition)
            if inner_target is not target:
                self.use_label(inner_target)
            return
        if kind is ast.IfExp:
            end = self.new_label()
            otherwise = self.new_label()
            self.jump_if(location, node.test, otherwise, False)
            self.jump_if(location, node.body, target, condition)
            self.addop_jump(JUMP, NO_LOCATION, end)
            self.use_label(otherwise)
            self.jump_if(location, node.orelse, target, condition)
            self.use_label(end)
            return
        if kind is ast.Compare and len(node.ops) > 1:
            self.check_compare(node)
            node_location = location_of(node)
            cleanup = self.new_label()
            self.visit_expr(node.left)
            ops = node.ops
            comparators = node.comparators
            last = len(ops) - 1
            for index in range(last):
                self.visit_expr(comparators[index])
                self.addop(SWAP, node_location, 2)
                self.addop(COPY, node_location, 2)
                self.add_compare(node_location, ops[index])
                self.addop_jump(POP_JUMP_IF_FALSE, node_location, cleanup)
            self.visit_expr(comparators[last])
            self.add_compare(node_location, ops[last])
            self.addop_jump(POP_JUMP_IF_TRUE if condition else POP_JUMP_IF_FALSE,
                            node_location, target)
            end = self.new_label()
            self.addop_jump(JUMP, NO_LOCATION, end)
            self.use_label(cleanup)
            self.addop(POP_TOP, node_location)
            if not condition:
                self.addop_jump(JUMP, NO_LOCATION, target)
            self.use_label(end)
            return
        self.visit_expr(node)
        self.addop_jump(POP_JUMP_IF_TRUE if condition else POP_JUMP_IF_FALSE,
                        location_of(node), target)

    # -- containers ----------------------------------------------------------------------

    def starunpack_helper(self, location, elements, pushed: int, build: int, add: int,
                          extend: int, as_tuple: bool) -> None:
        """Build a list/set/tuple from ``elements``, some perhaps ``*starred``, with
        ``pushed`` items already on the stack (``starunpack_helper``)."""
        count = len(elements)
        if count > 2 and are_all_constants(elements, 0, count):
            folded = tuple([element.value for element in elements])
            if as_tuple and not pushed:
                self.load_const(folded, location)
            else:
                if add == SET_ADD:
                    folded = frozenset(folded)
                self.addop(build, location, pushed)
                self.load_const(folded, location)
                self.addop(extend, location, 1)
                if as_tuple:
                    self.addop(CALL_INTRINSIC_1, location, INTRINSIC_LIST_TO_TUPLE)
            return
        big = count + pushed > STACK_USE_GUIDELINE
        seen_star = _has_starred(elements)
        if not seen_star and not big:
            for element in elements:
                self.visit_expr(element)
            self.addop(BUILD_TUPLE if as_tuple else build, location, count + pushed)
            return
        built = False
        if big:
            self.addop(build, location, pushed)
            built = True
        for index, element in enumerate(elements):
            if type(element) is ast.Starred:
                if not built:
                    self.addop(build, location, index + pushed)
                    built = True
                self.visit_expr(element.value)
                self.addop(extend, location, 1)
            else:
                self.visit_expr(element)
                if built:
                    self.addop(add, location, 1)
        if as_tuple:
            self.addop(CALL_INTRINSIC_1, location, INTRINSIC_LIST_TO_TUPLE)

    def unpack_helper(self, location, elements) -> None:
        """UNPACK_SEQUENCE, or UNPACK_EX around one starred target."""
        count = len(elements)
        seen_star = False
        for index, element in enumerate(elements):
            if type(element) is ast.Starred:
                if seen_star:
                    raise self.error("multiple starred expressions in assignment", location)
                if index >= (1 << 8) or count - index - 1 >= (0x7FFFFFFF >> 8):
                    raise self.error("too many expressions in star-unpacking assignment",
                                     location)
                self.addop(UNPACK_EX, location, index + ((count - index - 1) << 8))
                seen_star = True
        if not seen_star:
            self.addop(UNPACK_SEQUENCE, location, count)

    def assignment_helper(self, location, elements) -> None:
        self.unpack_helper(location, elements)
        for element in elements:
            self.visit_expr(element.value if type(element) is ast.Starred else element)

    def visit_List(self, node: ast.List) -> None:
        self.list_or_tuple(node, make_tuple=False)

    def visit_Tuple(self, node: ast.Tuple) -> None:
        self.list_or_tuple(node, make_tuple=True)

    def list_or_tuple(self, node, make_tuple: bool) -> None:
        """``[a, *b]`` or ``(a, *b)``: built (a tuple with starred parts, or too
        long for the stack, is built as a list, then converted), assigned to, or
        deleted."""
        context = type(node.ctx)
        if context is ast.Store:
            self.assignment_helper(location_of(node), node.elts)
        elif context is ast.Load:
            self.starunpack_helper(location_of(node), node.elts, 0, BUILD_LIST, LIST_APPEND,
                                   LIST_EXTEND, make_tuple)
        else:
            for element in node.elts:
                self.visit_expr(element)

    def visit_Set(self, node: ast.Set) -> None:
        self.starunpack_helper(location_of(node), node.elts, 0, BUILD_SET, SET_ADD,
                               SET_UPDATE, False)

    def subdict(self, node: ast.Dict, begin: int, end: int) -> None:
        """Push a dict of the items ``begin:end`` of a dict display (``compiler_subdict``)."""
        count = end - begin
        big = count * 2 > STACK_USE_GUIDELINE
        location = location_of(node)
        keys = node.keys
        values = node.values
        if count > 1 and not big and are_all_constants(keys, begin, end):
            for index in range(begin, end):
                self.visit_expr(values[index])
            self.load_const(tuple([keys[index].value for index in range(begin, end)]),
                            location)
            self.addop(BUILD_CONST_KEY_MAP, location, count)
            return
        if big:
            self.addop(BUILD_MAP, location, 0)
        for index in range(begin, end):
            self.visit_expr(keys[index])
            self.visit_expr(values[index])
            if big:
                self.addop(MAP_ADD, location, 1)
        if not big:
            self.addop(BUILD_MAP, location, count)

    def visit_Dict(self, node: ast.Dict) -> None:
        location = location_of(node)
        keys = node.keys
        count = len(node.values)
        have_dict = False
        elements = 0
        for index in range(count):
            if keys[index] is None:       # {**mapping}
                if elements:
                    self.subdict(node, index - elements, index)
                    if have_dict:
                        self.addop(DICT_UPDATE, location, 1)
                    have_dict = True
                    elements = 0
                if not have_dict:
                    self.addop(BUILD_MAP, location, 0)
                    have_dict = True
                self.visit_expr(node.values[index])
                self.addop(DICT_UPDATE, location, 1)
            elif elements * 2 > STACK_USE_GUIDELINE:
                self.subdict(node, index - elements, index + 1)
                if have_dict:
                    self.addop(DICT_UPDATE, location, 1)
                have_dict = True
                elements = 0
            else:
                elements += 1
        if elements:
            self.subdict(node, count - elements, count)
            if have_dict:
                self.addop(DICT_UPDATE, location, 1)
            have_dict = True
        if not have_dict:
            self.addop(BUILD_MAP, location, 0)

    # -- attributes, subscripts, slices --------------------------------------------------

    def visit_Attribute(self, node: ast.Attribute) -> None:
        location = location_of(node)
        context = type(node.ctx)
        value = node.value
        if context is ast.Load and type(value) is ast.Call and self.can_optimize_super_call(node):
            self.load_args_for_super(value)
            opcode = LOAD_SUPER_ATTR if value.args else LOAD_ZERO_SUPER_ATTR
            self.addop_name(opcode, location, node.attr, self.unit.metadata.names)
            self.addop(NOP, attribute_location(location, node))
            return
        self.visit_expr(value)
        if node.lineno != node.end_lineno:
            location = attribute_location(location, node)
        names = self.unit.metadata.names
        if context is ast.Load:
            self.addop_name(LOAD_ATTR, location, node.attr, names)
        elif context is ast.Store:
            self.check_forbidden_name(node.attr, ast.Store, location)
            self.addop_name(STORE_ATTR, location, node.attr, names)
        else:
            self.addop_name(DELETE_ATTR, location, node.attr, names)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        location = location_of(node)
        context = type(node.ctx)
        if context is ast.Load:
            self.check_subscripter(node.value)
            self.check_index(node.value, node.slice)
        self.visit_expr(node.value)
        index = node.slice
        if type(index) is ast.Slice and index.step is None and context is not ast.Del:
            self.slice_bounds(index)
            self.addop(BINARY_SLICE if context is ast.Load else STORE_SLICE, location)
        else:
            self.visit_expr(index)
            self.addop(BINARY_SUBSCR if context is ast.Load else
                       STORE_SUBSCR if context is ast.Store else DELETE_SUBSCR, location)

    def slice_bounds(self, node: ast.Slice) -> int:
        """Push a slice's start, stop (None when absent) and step if any; return how
        many values were pushed (``compiler_slice``)."""
        if node.lower is not None:
            self.visit_expr(node.lower)
        else:
            self.load_const(None, location_of(node))
        if node.upper is not None:
            self.visit_expr(node.upper)
        else:
            self.load_const(None, location_of(node))
        if node.step is not None:
            self.visit_expr(node.step)
            return 3
        return 2

    def visit_Slice(self, node: ast.Slice) -> None:
        count = self.slice_bounds(node)
        self.addop(BUILD_SLICE, location_of(node), count)

    # -- warnings about likely missing commas ---------------------------------------------

    def check_caller(self, node) -> None:
        if type(node) in _NOT_CALLABLE:
            self.warn(f"'{type_name_of_literal(node)}' object is not callable; "
                      "perhaps you missed a comma?", location_of(node))

    def check_subscripter(self, node) -> None:
        kind = type(node)
        if kind is ast.Constant:
            value = node.value
            if not (value is None or value is ... or
                    isinstance(value, (int, float, complex, set, frozenset))):
                return
        elif kind not in _NOT_SUBSCRIPTABLE:
            return
        self.warn(f"'{type_name_of_literal(node)}' object is not subscriptable; "
                  "perhaps you missed a comma?", location_of(node))

    def check_index(self, node, index) -> None:
        index_type = type_name_of_literal(index)
        if index_type is None:
            return
        if type(index) is ast.Constant:
            if isinstance(index.value, int):
                return
        kind = type(node)
        if kind is ast.Constant:
            if not isinstance(node.value, (str, bytes, tuple)):
                return
        elif kind not in _NOT_INDEXABLE_BY_NON_INT:
            return
        self.warn(f"{type_name_of_literal(node)} indices must be integers or slices, "
                  f"not {index_type}; perhaps you missed a comma?", location_of(node))

    # -- calls -------------------------------------------------------------------------

    def validate_keywords(self, keywords) -> None:
        for position, keyword in enumerate(keywords):
            if keyword.arg is None:
                continue
            self.check_forbidden_name(keyword.arg, ast.Store, location_of(keyword))
            for other in keywords[position + 1:]:
                if other.arg == keyword.arg:
                    raise self.error(f"keyword argument repeated: {keyword.arg}",
                                     location_of(other))

    def visit_Call(self, node: ast.Call) -> None:
        if node.keywords:
            self.validate_keywords(node.keywords)
        # Speed: only an attribute can be a method call (the test written out here).
        if type(node.func) is ast.Attribute and self.maybe_optimize_method_call(node):
            return
        self.check_caller(node.func)
        self.addop(PUSH_NULL, location_of(node.func))
        self.visit_expr(node.func)
        self.call_helper(location_of(node), 0, node.args, node.keywords)

    def is_import_originated(self, node) -> bool:
        """Is ``node`` a name the module imports? (Its methods are not optimized.)"""
        if type(node) is not ast.Name:
            return False
        return bool(self.symtable.top.symbols.get(node.id, 0) & DEF_IMPORT)

    def can_optimize_super_call(self, attribute: ast.Attribute) -> bool:
        """``super().x`` or ``super(C, self).x`` that can use LOAD_SUPER_ATTR."""
        call = attribute.value
        if (type(call) is not ast.Call or type(call.func) is not ast.Name
                or call.func.id != "super" or attribute.attr == "__class__" or call.keywords):
            return False
        if self.unit.scope.get_scope("super") != GLOBAL_IMPLICIT:
            return False    # ``super`` is a local, a cell ...: not the builtin
        if self.symtable.top.get_scope("super") != 0:
            return False    # the module defines its own ``super``
        if len(call.args) == 2:
            return not _has_starred(call.args)
        if call.args:
            return False
        # Zero-argument super() needs a first argument and the __class__ cell.
        metadata = self.unit.metadata
        if metadata.argcount == 0 and metadata.posonlyargcount == 0:
            return False
        return self.reference_type("__class__") == FREE

    def load_args_for_super(self, call: ast.Call) -> None:
        location = location_of(call)
        self.nameop(location_of(call.func), call.func.id, ast.Load)
        if len(call.args) == 2:
            self.visit_expr(call.args[0])
            self.visit_expr(call.args[1])
            return
        self.nameop(location, "__class__", ast.Load)
        first_argument = next(iter(self.unit.metadata.varnames))
        self.nameop(location, first_argument, ast.Load)

    def maybe_optimize_method_call(self, node: ast.Call) -> bool:
        """``obj.meth(args)`` with the method form of LOAD_ATTR; False if not applicable."""
        method = node.func
        if type(method) is not ast.Attribute or type(method.ctx) is not ast.Load:
            return False
        if self.is_import_originated(method.value):
            return False
        args = node.args
        keywords = node.keywords
        if len(args) + len(keywords) + (1 if keywords else 0) >= STACK_USE_GUIDELINE:
            return False
        if (args and _has_starred(args)) or (keywords and _has_double_starred(keywords)):
            return False
        location = location_of(method)
        names = self.unit.metadata.names
        value = method.value
        if type(value) is ast.Call and self.can_optimize_super_call(method):
            self.load_args_for_super(value)
            opcode = LOAD_SUPER_METHOD if value.args else LOAD_ZERO_SUPER_METHOD
            self.addop_name(opcode, location, method.attr, names)
            location = attribute_location(location, method)
            self.addop(NOP, location)
        else:
            self.visit_expr(value)
            if method.lineno != method.end_lineno:
                location = attribute_location(location, method)
            self.addop_name(LOAD_METHOD, location, method.attr, names)
        for argument in args:
            self.visit_expr(argument)
        if keywords:
            for keyword in keywords:
                self.visit_expr(keyword.value)
            self.call_simple_keywords(location, keywords)
        location = location_of(node)
        if node.lineno != method.end_lineno:
            location = attribute_location(location, method)
        self.addop(CALL, location, len(args) + len(keywords))
        return True

    def call_simple_keywords(self, location, keywords) -> None:
        """KW_NAMES with the tuple of keyword argument names."""
        names = tuple([keyword.arg for keyword in keywords])
        self.addop(KW_NAMES, location, self.add_const(names))

    def subkwargs(self, location, keywords, begin: int, end: int) -> None:
        """Push a dict of the keyword arguments ``begin:end`` (``compiler_subkwargs``)."""
        count = end - begin
        big = count * 2 > STACK_USE_GUIDELINE
        if count > 1 and not big:
            for index in range(begin, end):
                self.visit_expr(keywords[index].value)
            self.load_const(tuple([keywords[index].arg for index in range(begin, end)]),
                            location)
            self.addop(BUILD_CONST_KEY_MAP, location, count)
            return
        if big:
            self.addop(BUILD_MAP, NO_LOCATION, 0)
        for index in range(begin, end):
            keyword = keywords[index]
            self.load_const(keyword.arg, location)
            self.visit_expr(keyword.value)
            if big:
                self.addop(MAP_ADD, NO_LOCATION, 1)
        if not big:
            self.addop(BUILD_MAP, location, count)

    def call_helper(self, location, pushed: int, args, keywords) -> None:
        """The arguments and the CALL, with ``pushed`` positional arguments already on
        the stack (``compiler_call_helper``)."""
        if keywords:
            self.validate_keywords(keywords)
        count = len(args)
        keyword_count = len(keywords)
        simple = (count + keyword_count * 2 <= STACK_USE_GUIDELINE and not _has_starred(args)
                  and not (keywords and _has_double_starred(keywords)))
        if simple:
            for argument in args:
                self.visit_expr(argument)
            if keywords:
                for keyword in keywords:
                    self.visit_expr(keyword.value)
                self.call_simple_keywords(location, keywords)
            self.addop(CALL, location, pushed + count + keyword_count)
            return
        # The general form: a tuple of positional arguments and a dict of keywords.
        if pushed == 0 and count == 1 and type(args[0]) is ast.Starred:
            self.visit_expr(args[0].value)
        else:
            self.starunpack_helper(location, args, pushed, BUILD_LIST, LIST_APPEND,
                                   LIST_EXTEND, True)
        if keywords:
            have_dict = False
            seen = 0
            for index, keyword in enumerate(keywords):
                if keyword.arg is None:
                    if seen:
                        self.subkwargs(location, keywords, index - seen, index)
                        if have_dict:
                            self.addop(DICT_MERGE, location, 1)
                        have_dict = True
                        seen = 0
                    if not have_dict:
                        self.addop(BUILD_MAP, location, 0)
                        have_dict = True
                    self.visit_expr(keyword.value)
                    self.addop(DICT_MERGE, location, 1)
                else:
                    seen += 1
            if seen:
                self.subkwargs(location, keywords, keyword_count - seen, keyword_count)
                if have_dict:
                    self.addop(DICT_MERGE, location, 1)
        self.addop(CALL_FUNCTION_EX, location, 1 if keywords else 0)

    # -- yield and await -------------------------------------------------------------------

    def visit_Yield(self, node: ast.Yield) -> None:
        location = location_of(node)
        if not self.unit.scope.is_function_like:
            raise self.error("'yield' outside function", location)
        if node.value is not None:
            self.visit_expr(node.value)
        else:
            self.load_const(None, location)
        self.add_yield(location)

    def visit_YieldFrom(self, node: ast.YieldFrom) -> None:
        location = location_of(node)
        if not self.unit.scope.is_function_like:
            raise self.error("'yield' outside function", location)
        if self.unit.scope_type == SCOPE_ASYNC_FUNCTION:
            raise self.error("'yield from' inside async function", location)
        self.visit_expr(node.value)
        self.addop(GET_YIELD_FROM_ITER, location)
        self.load_const(None, location)
        self.add_yield_from(location, False)

    def visit_Await(self, node: ast.Await) -> None:
        location = location_of(node)
        if not self.is_top_level_await():
            if not self.unit.scope.is_function_like:
                raise self.error("'await' outside function", location)
            if self.unit.scope_type not in (SCOPE_ASYNC_FUNCTION, SCOPE_COMPREHENSION):
                raise self.error("'await' outside async function", location)
        self.visit_expr(node.value)
        self.addop(GET_AWAITABLE, location, 0)
        self.load_const(None, location)
        self.add_yield_from(location, True)


_NOT_CALLABLE = frozenset({ast.Constant, ast.Tuple, ast.List, ast.ListComp, ast.Dict,
                           ast.DictComp, ast.Set, ast.SetComp, ast.GeneratorExp, ast.JoinedStr,
                           ast.FormattedValue})
_NOT_SUBSCRIPTABLE = frozenset({ast.Set, ast.SetComp, ast.GeneratorExp, ast.Lambda})
_NOT_INDEXABLE_BY_NON_INT = frozenset({ast.Tuple, ast.List, ast.ListComp, ast.JoinedStr,
                                       ast.FormattedValue})
