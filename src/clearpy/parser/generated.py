"""The parser for Python 3.12, generated from python.gram -- do not edit.

Made by clearpy.parser.generator (python -m clearpy.parser.generator); read
the grammar and docs/parser.md rather than this file. Each rule of the grammar
is a function ``<rule>_rule`` below, preceded by the rule as a comment.
"""

GRAMMAR_DIGEST = 'd444b625505b9454'

# What the generated code itself uses (tokens' values, errors, fast nodes).
from ast import Constant, Name
from clearpy.parser.actions import LOAD, new_node
from clearpy.parser.errors import raise_expected
from clearpy.parser.literals import parse_number

# The grammar's @header: what its actions use.
from ast import (
    AnnAssign, Assert, Assign, AsyncFor, AsyncFunctionDef, AsyncWith, Attribute, AugAssign,
    Await, BinOp, BoolOp, Break, Call, ClassDef, Compare, Continue, Delete, Dict,
    DictComp, ExceptHandler, Expr, Expression, For, FunctionDef, FunctionType, GeneratorExp,
    Global, If, IfExp, Import, ImportFrom, Interactive, Lambda, List, ListComp, Match, MatchAs,
    MatchClass, MatchMapping, MatchOr, MatchSequence, MatchSingleton, MatchStar, MatchValue,
    NamedExpr, Nonlocal, ParamSpec, Pass, Raise, Return, Set, SetComp, Slice, Starred,
    Subscript, Try, TryStar, Tuple, TypeAlias, TypeVar, TypeVarTuple, UnaryOp, While, With,
    Yield, YieldFrom, alias, arg, comprehension, keyword, match_case, withitem,
)

from clearpy.parser.actions import (
    ADD, AND, BITAND, BITOR, BITXOR, DEL, DIV, EQ, FLOORDIV, GT, GTE, IN, INVERT, IS, ISNOT,
    LSHIFT, LT, LTE, MATMULT, MOD, MULT, NOT, NOTEQ, NOTIN, OR, POW, RSHIFT, STORE, SUB,
    UADD, USUB,
    add_type_comment_to_arg, alias_for_star, check_barry_as_flufl, check_legacy_stmt,
    check_version, class_def_decorators, collect_call_seqs, count_dots, dummy_name,
    empty_arguments, ensure_imaginary, ensure_real, function_def_decorators,
    interactive_exit, join_names_with_dot, make_arguments, make_module,
    name_default_pair, new_type_comment, seq_delete_starred_exprs,
    seq_extract_starred_exprs, set_expr_context,
)
from clearpy.parser.errors import (
    DEL_TARGETS, FOR_TARGETS, STAR_TARGETS, arguments_parsing_error, get_expr_name,
    last_comprehension_item, nonparen_genexp_in_call, raise_error_known_location,
    raise_indentation_error, raise_invalid_target, raise_known_location,
    raise_known_range, raise_on_next_token, raise_starting_from, raise_syntax_error,
)
from clearpy.parser.fstrings import (
    check_fstring_conversion, concatenate_strings, constant_from_token,
    decoded_constant_from_token, formatted_value, joined_str, setup_full_format_spec,
)
from clearpy.parser.literals import constant_from_string

KEYWORDS = {'False': 100, 'None': 101, 'True': 102, 'and': 103, 'as': 104, 'assert': 105, 'break': 106, 'class': 107, 'continue': 108, 'def': 109, 'del': 110, 'elif': 111, 'else': 112, 'except': 113, 'finally': 114, 'for': 115, 'from': 116, 'global': 117, 'if': 118, 'import': 119, 'in': 120, 'is': 121, 'lambda': 122, 'nonlocal': 123, 'not': 124, 'or': 125, 'pass': 126, 'raise': 127, 'return': 128, 'try': 129, 'while': 130, 'with': 131, 'yield': 132}
SOFT_KEYWORDS = frozenset(['_', 'case', 'match', 'type'])


def make_rules(p, error_pass):
    """Create the rule functions for one pass over the tokens of parser state ``p``."""
    tok_type = p.tok_type
    tok_string = p.tok_string
    tok_id = p.tok_id
    tok_lineno = p.tok_lineno
    tok_col = p.tok_col
    tok_end_lineno = p.tok_end_lineno
    tok_end_col = p.tok_end_col
    end_lineno_before = p.end_lineno_before
    end_col_before = p.end_col_before
    pos = 0
    call_invalid_rules = error_pass
    jumps = not error_pass   # chain jumps (codegen.chain) only where no invalid_ rule runs
    simple_stmt_memo = {}
    dotted_name_memo = {}
    block_memo = {}
    closed_pattern_memo = {}
    attr_memo = {}
    star_pattern_memo = {}
    type_param_memo = {}
    expression_memo = {}
    star_expression_memo = {}
    disjunction_memo = {}
    conjunction_memo = {}
    inversion_memo = {}
    bitwise_or_memo = {}
    bitwise_xor_memo = {}
    bitwise_and_memo = {}
    shift_expr_memo = {}
    sum_memo = {}
    term_memo = {}
    factor_memo = {}
    await_primary_memo = {}
    primary_memo = {}
    strings_memo = {}
    arguments_memo = {}
    star_target_memo = {}
    target_with_star_atom_memo = {}
    t_primary_memo = {}
    del_target_memo = {}
    invalid_named_expression_memo = {}

    # file: a=[statements] ENDMARKER { make_module(p, a) }
    def file_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=[statements] ENDMARKER { make_module(p, a) }
        if _t in {0, 1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 49, 52, 56, 57, 61, 100, 101, 102, 105, 106, 107, 108, 109, 110, 115, 116, 117, 118, 119, 122, 123, 124, 126, 127, 128, 129, 130, 131, 132}:
            a = None
            _matched1 = False
            _mark3 = pos
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 49, 52, 56, 57, 61, 100, 101, 102, 105, 106, 107, 108, 109, 110, 115, 116, 117, 118, 119, 122, 123, 124, 126, 127, 128, 129, 130, 131, 132}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 49, 52, 56, 57, 61, 100, 101, 102, 105, 106, 107, 108, 109, 110, 115, 116, 117, 118, 119, 122, 123, 124, 126, 127, 128, 129, 130, 131, 132} and (_v2 := statements_rule()) is not None:
                    a = _v2
                    _matched1 = True
            if not _matched1:
                pos = _mark3
            if tok_type[pos] == 0:
                pos += 1
                return make_module(p, a)
            pos = _start
        return None

    # interactive: a=statement_newline { Interactive(a) }
    def interactive_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=statement_newline { Interactive(a) }
        if _t in {0, 1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 49, 52, 56, 57, 61, 100, 101, 102, 105, 106, 107, 108, 109, 110, 115, 116, 117, 118, 119, 122, 123, 124, 126, 127, 128, 129, 130, 131, 132}:
            if (a := statement_newline_rule()) is not None:
                _node = new_node(Interactive)
                _node.__dict__ = {'body': a}
                return _node
            pos = _start
        return None

    # eval: a=expressions NEWLINE* ENDMARKER { Expression(a) }
    def eval_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=expressions NEWLINE* ENDMARKER { Expression(a) }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (a := expressions_rule()) is not None:
                _items4 = []
                while True:
                    _mark6 = pos
                    if tok_type[pos] == 4:
                        _element5 = pos
                        pos += 1
                        _items4.append(_element5)
                        continue
                    pos = _mark6
                    break
                if tok_type[pos] == 0:
                    pos += 1
                    _node = new_node(Expression)
                    _node.__dict__ = {'body': a}
                    return _node
            pos = _start
        return None

    # func_type: '(' a=[type_expressions] ')' '->' b=expression NEWLINE* ENDMARKER { FunctionType(a or [], b) }
    def func_type_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '(' a=[type_expressions] ')' '->' b=expression NEWLINE* ENDMARKER { FunctionType(a or [], b) }
        if _t == 7:
            pos += 1
            a = None
            _matched7 = False
            _mark9 = pos
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v8 := type_expressions_rule()) is not None:
                    a = _v8
                    _matched7 = True
            if not _matched7:
                pos = _mark9
            if tok_type[pos] == 8:
                pos += 1
                if tok_type[pos] == 51:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                        _items10 = []
                        while True:
                            _mark12 = pos
                            if tok_type[pos] == 4:
                                _element11 = pos
                                pos += 1
                                _items10.append(_element11)
                                continue
                            pos = _mark12
                            break
                        if tok_type[pos] == 0:
                            pos += 1
                            _node = new_node(FunctionType)
                            _node.__dict__ = {'argtypes': a or [], 'returns': b}
                            return _node
            pos = _start
        return None

    # statements: a=statement+ { [s for statements in a for s in statements] }
    def statements_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=statement+ { [s for statements in a for s in statements] }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 49, 52, 56, 57, 61, 100, 101, 102, 105, 106, 107, 108, 109, 110, 115, 116, 117, 118, 119, 122, 123, 124, 126, 127, 128, 129, 130, 131, 132}:
            a = []
            while True:
                _mark14 = pos
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 49, 52, 56, 57, 61, 100, 101, 102, 105, 106, 107, 108, 109, 110, 115, 116, 117, 118, 119, 122, 123, 124, 126, 127, 128, 129, 130, 131, 132} and (_element13 := statement_rule()) is not None:
                    a.append(_element13)
                    continue
                pos = _mark14
                break
            if a:
                return [s for statements in a for s in statements]
            pos = _start
        return None

    # statement: a=compound_stmt { [a] } | a=simple_stmts { a }
    def statement_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=compound_stmt { [a] }
        if _t in {1, 49, 57, 107, 109, 115, 118, 129, 130, 131}:
            if (a := compound_stmt_rule()) is not None:
                return [a]
            pos = _start
        # a=simple_stmts { a }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132}:
            if (a := simple_stmts_rule()) is not None:
                return a
            pos = _start
        return None

    # statement_newline: a=compound_stmt NEWLINE { [a] } | simple_stmts | NEWLINE { [Pass(EXTRA)] } | ENDMARKER { interactive_exit(p) }
    def statement_newline_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=compound_stmt NEWLINE { [a] }
        if _t in {1, 49, 57, 107, 109, 115, 118, 129, 130, 131}:
            if (a := compound_stmt_rule()) is not None:
                if tok_type[pos] == 4:
                    pos += 1
                    return [a]
            pos = _start
        # simple_stmts
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132}:
            if (_v15 := simple_stmts_rule()) is not None:
                return _v15
            pos = _start
        # NEWLINE { [Pass(EXTRA)] }
        if _t == 4:
            pos += 1
            return [Pass(lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])]
            pos = _start
        # ENDMARKER { interactive_exit(p) }
        if _t == 0:
            pos += 1
            return interactive_exit(p)
            pos = _start
        return None

    # simple_stmts: a=simple_stmt !';' NEWLINE { [a] } | a=';'.simple_stmt+ [';'] NEWLINE { a }
    def simple_stmts_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=simple_stmt !';' NEWLINE { [a] }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132}:
            if (a := simple_stmt_rule()) is not None:
                if not (tok_type[pos] == 13):
                    if tok_type[pos] == 4:
                        pos += 1
                        return [a]
            pos = _start
        # a=';'.simple_stmt+ [';'] NEWLINE { a }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (_element16 := simple_stmt_rule()) is not None:
                a = [_element16]
                while True:
                    _mark17 = pos
                    if tok_type[pos] == 13:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (_element18 := simple_stmt_rule()) is not None:
                            a.append(_element18)
                            continue
                    pos = _mark17
                    break
                if tok_type[pos] == 13:
                    pos += 1
                if tok_type[pos] == 4:
                    pos += 1
                    return a
            pos = _start
        return None

    # simple_stmt: assignment | &"type" type_alias | e=star_expressions { Expr(e, EXTRA) } | &'return' return_stmt | &('import' | 'from') import_stmt | &'raise' raise_stmt | 'pass' { Pass(EXTRA) } | &'del' del_stmt | &'yield' yield_stmt | &'assert' assert_stmt | 'break' { Break(EXTRA) } | 'continue' { Continue(EXTRA) } | &'global' global_stmt | &'nonlocal' nonlocal_stmt
    if error_pass:  # the first pass does not memoize simple_stmt
        def simple_stmt_rule():
            nonlocal pos
            _start = pos
            _hit = simple_stmt_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # assignment
            if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124, 132}:
                if (_v19 := assignment_rule()) is not None:
                    simple_stmt_memo[_start] = (_v19, pos)
                    return _v19
                pos = _start
            # &"type" type_alias
            if _t == 1:
                if tok_type[pos] == 1 and tok_string[pos] == 'type':
                    if tok_type[pos] == 1 and (_v20 := type_alias_rule()) is not None:
                        simple_stmt_memo[_start] = (_v20, pos)
                        return _v20
                pos = _start
            # e=star_expressions { Expr(e, EXTRA) }
            if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                if (e := star_expressions_rule()) is not None:
                    _node = new_node(Expr)
                    _node.__dict__ = {'value': e, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    simple_stmt_memo[_start] = (_node, pos)
                    return _node
                pos = _start
            # &'return' return_stmt
            if _t == 128:
                if tok_type[pos] == 128:
                    if tok_type[pos] == 128 and (_v21 := return_stmt_rule()) is not None:
                        simple_stmt_memo[_start] = (_v21, pos)
                        return _v21
                pos = _start
            # &('import' | 'from') import_stmt
            if _t in {116, 119}:
                if tok_type[pos] in {116, 119}:
                    if tok_type[pos] in {116, 119} and (_v22 := import_stmt_rule()) is not None:
                        simple_stmt_memo[_start] = (_v22, pos)
                        return _v22
                pos = _start
            # &'raise' raise_stmt
            if _t == 127:
                if tok_type[pos] == 127:
                    if tok_type[pos] == 127 and (_v23 := raise_stmt_rule()) is not None:
                        simple_stmt_memo[_start] = (_v23, pos)
                        return _v23
                pos = _start
            # 'pass' { Pass(EXTRA) }
            if _t == 126:
                pos += 1
                _node = new_node(Pass)
                _node.__dict__ = {'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                simple_stmt_memo[_start] = (_node, pos)
                return _node
                pos = _start
            # &'del' del_stmt
            if _t == 110:
                if tok_type[pos] == 110:
                    if tok_type[pos] == 110 and (_v24 := del_stmt_rule()) is not None:
                        simple_stmt_memo[_start] = (_v24, pos)
                        return _v24
                pos = _start
            # &'yield' yield_stmt
            if _t == 132:
                if tok_type[pos] == 132:
                    if tok_type[pos] == 132 and (_v25 := yield_stmt_rule()) is not None:
                        simple_stmt_memo[_start] = (_v25, pos)
                        return _v25
                pos = _start
            # &'assert' assert_stmt
            if _t == 105:
                if tok_type[pos] == 105:
                    if tok_type[pos] == 105 and (_v26 := assert_stmt_rule()) is not None:
                        simple_stmt_memo[_start] = (_v26, pos)
                        return _v26
                pos = _start
            # 'break' { Break(EXTRA) }
            if _t == 106:
                pos += 1
                _node = new_node(Break)
                _node.__dict__ = {'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                simple_stmt_memo[_start] = (_node, pos)
                return _node
                pos = _start
            # 'continue' { Continue(EXTRA) }
            if _t == 108:
                pos += 1
                _node = new_node(Continue)
                _node.__dict__ = {'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                simple_stmt_memo[_start] = (_node, pos)
                return _node
                pos = _start
            # &'global' global_stmt
            if _t == 117:
                if tok_type[pos] == 117:
                    if tok_type[pos] == 117 and (_v27 := global_stmt_rule()) is not None:
                        simple_stmt_memo[_start] = (_v27, pos)
                        return _v27
                pos = _start
            # &'nonlocal' nonlocal_stmt
            if _t == 123:
                if tok_type[pos] == 123:
                    if tok_type[pos] == 123 and (_v28 := nonlocal_stmt_rule()) is not None:
                        simple_stmt_memo[_start] = (_v28, pos)
                        return _v28
                pos = _start
            simple_stmt_memo[_start] = (None, _start)
            return None
    else:
        def simple_stmt_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # _v19=assignment
            if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124, 132}:
                if (_v19 := assignment_rule()) is not None:
                    return _v19
                pos = _start
            # &"type" _v20=type_alias
            if _t == 1:
                if tok_type[pos] == 1 and tok_string[pos] == 'type':
                    if tok_type[pos] == 1 and (_v20 := type_alias_rule()) is not None:
                        return _v20
                pos = _start
            # e=star_expressions { Expr(e, EXTRA) }
            if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                if (e := star_expressions_rule()) is not None:
                    _node = new_node(Expr)
                    _node.__dict__ = {'value': e, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
                pos = _start
            # &'return' _v21=return_stmt
            if _t == 128:
                if tok_type[pos] == 128:
                    if tok_type[pos] == 128 and (_v21 := return_stmt_rule()) is not None:
                        return _v21
                pos = _start
            # &('import' | 'from') _v22=import_stmt
            if _t in {116, 119}:
                if tok_type[pos] in {116, 119}:
                    if tok_type[pos] in {116, 119} and (_v22 := import_stmt_rule()) is not None:
                        return _v22
                pos = _start
            # &'raise' _v23=raise_stmt
            if _t == 127:
                if tok_type[pos] == 127:
                    if tok_type[pos] == 127 and (_v23 := raise_stmt_rule()) is not None:
                        return _v23
                pos = _start
            # 'pass' { Pass(EXTRA) }
            if _t == 126:
                pos += 1
                _node = new_node(Pass)
                _node.__dict__ = {'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
                pos = _start
            # &'del' _v24=del_stmt
            if _t == 110:
                if tok_type[pos] == 110:
                    if tok_type[pos] == 110 and (_v24 := del_stmt_rule()) is not None:
                        return _v24
                pos = _start
            # &'yield' _v25=yield_stmt
            if _t == 132:
                if tok_type[pos] == 132:
                    if tok_type[pos] == 132 and (_v25 := yield_stmt_rule()) is not None:
                        return _v25
                pos = _start
            # &'assert' _v26=assert_stmt
            if _t == 105:
                if tok_type[pos] == 105:
                    if tok_type[pos] == 105 and (_v26 := assert_stmt_rule()) is not None:
                        return _v26
                pos = _start
            # 'break' { Break(EXTRA) }
            if _t == 106:
                pos += 1
                _node = new_node(Break)
                _node.__dict__ = {'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
                pos = _start
            # 'continue' { Continue(EXTRA) }
            if _t == 108:
                pos += 1
                _node = new_node(Continue)
                _node.__dict__ = {'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
                pos = _start
            # &'global' _v27=global_stmt
            if _t == 117:
                if tok_type[pos] == 117:
                    if tok_type[pos] == 117 and (_v27 := global_stmt_rule()) is not None:
                        return _v27
                pos = _start
            # &'nonlocal' _v28=nonlocal_stmt
            if _t == 123:
                if tok_type[pos] == 123:
                    if tok_type[pos] == 123 and (_v28 := nonlocal_stmt_rule()) is not None:
                        return _v28
                pos = _start
            return None

    # compound_stmt: &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt | &'while' while_stmt | match_stmt
    def compound_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # &('def' | '@' | ASYNC) function_def
        if _t in {49, 57, 109}:
            if tok_type[pos] in {49, 57, 109}:
                if tok_type[pos] in {49, 57, 109} and (_v29 := function_def_rule()) is not None:
                    return _v29
            pos = _start
        # &'if' if_stmt
        if _t == 118:
            if tok_type[pos] == 118:
                if tok_type[pos] == 118 and (_v30 := if_stmt_rule()) is not None:
                    return _v30
            pos = _start
        # &('class' | '@') class_def
        if _t in {49, 107}:
            if tok_type[pos] in {49, 107}:
                if tok_type[pos] in {49, 107} and (_v31 := class_def_rule()) is not None:
                    return _v31
            pos = _start
        # &('with' | ASYNC) with_stmt
        if _t in {57, 131}:
            if tok_type[pos] in {57, 131}:
                if tok_type[pos] in {57, 131} and (_v32 := with_stmt_rule()) is not None:
                    return _v32
            pos = _start
        # &('for' | ASYNC) for_stmt
        if _t in {57, 115}:
            if tok_type[pos] in {57, 115}:
                if tok_type[pos] in {57, 115} and (_v33 := for_stmt_rule()) is not None:
                    return _v33
            pos = _start
        # &'try' try_stmt
        if _t == 129:
            if tok_type[pos] == 129:
                if tok_type[pos] == 129 and (_v34 := try_stmt_rule()) is not None:
                    return _v34
            pos = _start
        # &'while' while_stmt
        if _t == 130:
            if tok_type[pos] == 130:
                if tok_type[pos] == 130 and (_v35 := while_stmt_rule()) is not None:
                    return _v35
            pos = _start
        # match_stmt
        if _t == 1:
            if (_v36 := match_stmt_rule()) is not None:
                return _v36
            pos = _start
        return None

    # assignment: a=NAME ':' b=expression c=['=' d=annotated_rhs { d }] { check_version(p, 6, "Variable annotation syntax is", AnnAssign(set_expr_context(a, STORE), b, c, 1, EXTRA)) } | a=('(' b=single_target ')' { b } | single_subscript_attribute_target) ':' b=expression c=['=' d=annotated_rhs { d }] { check_version(p, 6, "Variable annotations syntax is", AnnAssign(a, b, c, 0, EXTRA)) } | a=(z=star_targets '=' { z })+ b=(yield_expr | star_expressions) !'=' tc=[TYPE_COMMENT] { Assign(a, b, new_type_comment(p, tc), EXTRA) } | a=single_target b=augassign ~ c=(yield_expr | star_expressions) { AugAssign(a, b, c, EXTRA) } | invalid_assignment
    def assignment_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        _cut = False
        # a=NAME ':' b=expression c=['=' d=annotated_rhs { d }] { check_version(p, 6, "Variable annotation syntax is", AnnAssign(set_expr_context(a, STORE), b, c, 1, EXTRA)) }
        if _t == 1:
            a = new_node(Name)
            a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            if tok_type[pos] == 11:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                    c = None
                    _matched37 = False
                    _mark38 = pos
                    if tok_type[pos] == 22:
                        if tok_type[pos] == 22:
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124, 132} and (d := annotated_rhs_rule()) is not None:
                                c = d
                                _matched37 = True
                    if not _matched37:
                        pos = _mark38
                    return check_version(p, 6, "Variable annotation syntax is", AnnAssign(set_expr_context(a, STORE), b, c, 1, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
            pos = _start
        # a=('(' b=single_target ')' { b } | single_subscript_attribute_target) ':' b=expression c=['=' d=annotated_rhs { d }] { check_version(p, 6, "Variable annotations syntax is", AnnAssign(a, b, c, 0, EXTRA)) }
        if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            if (a := _group_1()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                        c = None
                        _matched39 = False
                        _mark40 = pos
                        if tok_type[pos] == 22:
                            if tok_type[pos] == 22:
                                pos += 1
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124, 132} and (d := annotated_rhs_rule()) is not None:
                                    c = d
                                    _matched39 = True
                        if not _matched39:
                            pos = _mark40
                        return check_version(p, 6, "Variable annotations syntax is", AnnAssign(a, b, c, 0, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
            pos = _start
        # a=(z=star_targets '=' { z })+ b=(yield_expr | star_expressions) !'=' tc=[TYPE_COMMENT] { Assign(a, b, new_type_comment(p, tc), EXTRA) }
        if _t in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102}:
            a = []
            while True:
                _mark42 = pos
                _mark43 = pos
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (z := star_targets_rule()) is not None:
                        if tok_type[pos] == 22:
                            pos += 1
                            _element41 = z
                            a.append(_element41)
                            continue
                pos = _mark43
                pos = _mark42
                break
            if a:
                if (tok_type[pos] == 132 and (b := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := star_expressions_rule()) is not None):
                    if not (tok_type[pos] == 22):
                        if tok_type[pos] == 59:
                            tc = pos
                            pos += 1
                        else:
                            tc = None
                        _node = new_node(Assign)
                        _node.__dict__ = {'targets': a, 'value': b, 'type_comment': new_type_comment(p, tc), 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        # a=single_target b=augassign ~ c=(yield_expr | star_expressions) { AugAssign(a, b, c, EXTRA) }
        if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            if (a := single_target_rule()) is not None:
                if tok_type[pos] in {36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 48, 50} and (b := augassign_rule()) is not None:
                    _cut = True
                    if (tok_type[pos] == 132 and (c := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (c := star_expressions_rule()) is not None):
                        _node = new_node(AugAssign)
                        _node.__dict__ = {'target': a, 'op': b, 'value': c, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
            if _cut:
                return None
        # invalid_assignment
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124, 132}:
            if (_v44 := invalid_assignment_rule()) is not None:
                return _v44
            pos = _start
        return None

    # annotated_rhs: yield_expr | star_expressions
    def annotated_rhs_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # SPEED: if nothing but primary matches here, annotated_rhs is what primary gives
        if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            _hit = primary_memo.get(_start)
            if _hit is None:
                _value = primary_rule()
            else:
                _value, pos = _hit
            if _value is not None and tok_type[pos] not in {12, 14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 103, 118, 120, 121, 124, 125}:
                return _value
            pos = _start
        # yield_expr
        if _t == 132:
            if (_v45 := yield_expr_rule()) is not None:
                return _v45
            pos = _start
        # star_expressions
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v46 := star_expressions_rule()) is not None:
                return _v46
            pos = _start
        return None

    # augassign: '+=' { ADD } | '-=' { SUB } | '*=' { MULT } | '@=' { check_version(p, 5, "The '@' operator is", MATMULT) } | '/=' { DIV } | '%=' { MOD } | '&=' { BITAND } | '|=' { BITOR } | '^=' { BITXOR } | '<<=' { LSHIFT } | '>>=' { RSHIFT } | '**=' { POW } | '//=' { FLOORDIV }
    def augassign_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '+=' { ADD }
        if _t == 36:
            pos += 1
            return ADD
            pos = _start
        # '-=' { SUB }
        if _t == 37:
            pos += 1
            return SUB
            pos = _start
        # '*=' { MULT }
        if _t == 38:
            pos += 1
            return MULT
            pos = _start
        # '@=' { check_version(p, 5, "The '@' operator is", MATMULT) }
        if _t == 50:
            pos += 1
            return check_version(p, 5, "The '@' operator is", MATMULT)
            pos = _start
        # '/=' { DIV }
        if _t == 39:
            pos += 1
            return DIV
            pos = _start
        # '%=' { MOD }
        if _t == 40:
            pos += 1
            return MOD
            pos = _start
        # '&=' { BITAND }
        if _t == 41:
            pos += 1
            return BITAND
            pos = _start
        # '|=' { BITOR }
        if _t == 42:
            pos += 1
            return BITOR
            pos = _start
        # '^=' { BITXOR }
        if _t == 43:
            pos += 1
            return BITXOR
            pos = _start
        # '<<=' { LSHIFT }
        if _t == 44:
            pos += 1
            return LSHIFT
            pos = _start
        # '>>=' { RSHIFT }
        if _t == 45:
            pos += 1
            return RSHIFT
            pos = _start
        # '**=' { POW }
        if _t == 46:
            pos += 1
            return POW
            pos = _start
        # '//=' { FLOORDIV }
        if _t == 48:
            pos += 1
            return FLOORDIV
            pos = _start
        return None

    # return_stmt: 'return' a=[star_expressions] { Return(a, EXTRA) }
    def return_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'return' a=[star_expressions] { Return(a, EXTRA) }
        if _t == 128:
            pos += 1
            a = None
            _matched47 = False
            _mark49 = pos
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v48 := star_expressions_rule()) is not None:
                    a = _v48
                    _matched47 = True
            if not _matched47:
                pos = _mark49
            _node = new_node(Return)
            _node.__dict__ = {'value': a, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        return None

    # raise_stmt: 'raise' a=expression b=['from' z=expression { z }] { Raise(a, b, EXTRA) } | 'raise' { Raise(None, None, EXTRA) }
    def raise_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'raise' a=expression b=['from' z=expression { z }] { Raise(a, b, EXTRA) }
        if _t == 127:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                b = None
                _matched50 = False
                _mark51 = pos
                if tok_type[pos] == 116:
                    if tok_type[pos] == 116:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (z := expression_rule()) is not None:
                            b = z
                            _matched50 = True
                if not _matched50:
                    pos = _mark51
                _node = new_node(Raise)
                _node.__dict__ = {'exc': a, 'cause': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        # 'raise' { Raise(None, None, EXTRA) }
        if _t == 127:
            pos += 1
            _node = new_node(Raise)
            _node.__dict__ = {'exc': None, 'cause': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        return None

    # global_stmt: 'global' a=','.NAME+ { Global([name.id for name in a], EXTRA) }
    def global_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'global' a=','.NAME+ { Global([name.id for name in a], EXTRA) }
        if _t == 117:
            pos += 1
            if tok_type[pos] == 1:
                _element52 = new_node(Name)
                _element52.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                pos += 1
                a = [_element52]
                while True:
                    _mark53 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] == 1:
                            _element54 = new_node(Name)
                            _element54.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                            pos += 1
                            a.append(_element54)
                            continue
                    pos = _mark53
                    break
                _node = new_node(Global)
                _node.__dict__ = {'names': [name.id for name in a], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # nonlocal_stmt: 'nonlocal' a=','.NAME+ { Nonlocal([name.id for name in a], EXTRA) }
    def nonlocal_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'nonlocal' a=','.NAME+ { Nonlocal([name.id for name in a], EXTRA) }
        if _t == 123:
            pos += 1
            if tok_type[pos] == 1:
                _element55 = new_node(Name)
                _element55.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                pos += 1
                a = [_element55]
                while True:
                    _mark56 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] == 1:
                            _element57 = new_node(Name)
                            _element57.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                            pos += 1
                            a.append(_element57)
                            continue
                    pos = _mark56
                    break
                _node = new_node(Nonlocal)
                _node.__dict__ = {'names': [name.id for name in a], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # del_stmt: 'del' a=del_targets &(';' | NEWLINE) { Delete(a, EXTRA) } | invalid_del_stmt
    def del_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'del' a=del_targets &(';' | NEWLINE) { Delete(a, EXTRA) }
        if _t == 110:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (a := del_targets_rule()) is not None:
                if tok_type[pos] in {4, 13}:
                    _node = new_node(Delete)
                    _node.__dict__ = {'targets': a, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
            pos = _start
        # invalid_del_stmt
        if call_invalid_rules and _t == 110:
            if (_v58 := invalid_del_stmt_rule()) is not None:
                return _v58
            pos = _start
        return None

    # yield_stmt: y=yield_expr { Expr(y, EXTRA) }
    def yield_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # y=yield_expr { Expr(y, EXTRA) }
        if _t == 132:
            if (y := yield_expr_rule()) is not None:
                _node = new_node(Expr)
                _node.__dict__ = {'value': y, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # assert_stmt: 'assert' a=expression b=[',' z=expression { z }] { Assert(a, b, EXTRA) }
    def assert_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'assert' a=expression b=[',' z=expression { z }] { Assert(a, b, EXTRA) }
        if _t == 105:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                b = None
                _matched59 = False
                _mark60 = pos
                if tok_type[pos] == 12:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (z := expression_rule()) is not None:
                            b = z
                            _matched59 = True
                if not _matched59:
                    pos = _mark60
                _node = new_node(Assert)
                _node.__dict__ = {'test': a, 'msg': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # import_stmt: invalid_import | import_name | import_from
    def import_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_import
        if call_invalid_rules and _t == 119:
            if (_v61 := invalid_import_rule()) is not None:
                return _v61
            pos = _start
        # import_name
        if _t == 119:
            if (_v62 := import_name_rule()) is not None:
                return _v62
            pos = _start
        # import_from
        if _t == 116:
            if (_v63 := import_from_rule()) is not None:
                return _v63
            pos = _start
        return None

    # import_name: 'import' a=dotted_as_names { Import(a, EXTRA) }
    def import_name_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'import' a=dotted_as_names { Import(a, EXTRA) }
        if _t == 119:
            pos += 1
            if tok_type[pos] == 1 and (a := dotted_as_names_rule()) is not None:
                _node = new_node(Import)
                _node.__dict__ = {'names': a, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # import_from: 'from' a=('.' | '...')* b=dotted_name 'import' c=import_from_targets { ImportFrom(b.id, c, count_dots(p, a), EXTRA) } | 'from' a=('.' | '...')+ 'import' b=import_from_targets { ImportFrom(None, b, count_dots(p, a), EXTRA) }
    def import_from_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'from' a=('.' | '...')* b=dotted_name 'import' c=import_from_targets { ImportFrom(b.id, c, count_dots(p, a), EXTRA) }
        if _t == 116:
            pos += 1
            a = []
            while True:
                _mark65 = pos
                if tok_type[pos] in {23, 52}:
                    _element64 = pos
                    pos += 1
                    a.append(_element64)
                    continue
                pos = _mark65
                break
            if tok_type[pos] == 1 and (b := dotted_name_rule()) is not None:
                if tok_type[pos] == 119:
                    pos += 1
                    if tok_type[pos] in {1, 7, 16} and (c := import_from_targets_rule()) is not None:
                        _node = new_node(ImportFrom)
                        _node.__dict__ = {'module': b.id, 'names': c, 'level': count_dots(p, a), 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        # 'from' a=('.' | '...')+ 'import' b=import_from_targets { ImportFrom(None, b, count_dots(p, a), EXTRA) }
        if _t == 116:
            pos += 1
            a = []
            while True:
                _mark67 = pos
                if tok_type[pos] in {23, 52}:
                    _element66 = pos
                    pos += 1
                    a.append(_element66)
                    continue
                pos = _mark67
                break
            if a:
                if tok_type[pos] == 119:
                    pos += 1
                    if tok_type[pos] in {1, 7, 16} and (b := import_from_targets_rule()) is not None:
                        _node = new_node(ImportFrom)
                        _node.__dict__ = {'module': None, 'names': b, 'level': count_dots(p, a), 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        return None

    # import_from_targets: '(' a=import_from_as_names [','] ')' { a } | import_from_as_names !',' | '*' { [alias_for_star(EXTRA)] } | invalid_import_from_targets
    def import_from_targets_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '(' a=import_from_as_names [','] ')' { a }
        if _t == 7:
            pos += 1
            if tok_type[pos] == 1 and (a := import_from_as_names_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                if tok_type[pos] == 8:
                    pos += 1
                    return a
            pos = _start
        # import_from_as_names !','
        if _t == 1:
            if (_v68 := import_from_as_names_rule()) is not None:
                if not (tok_type[pos] == 12):
                    return _v68
            pos = _start
        # '*' { [alias_for_star(EXTRA)] }
        if _t == 16:
            pos += 1
            return [alias_for_star(lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])]
            pos = _start
        # invalid_import_from_targets
        if call_invalid_rules and _t == 1:
            if (_v69 := invalid_import_from_targets_rule()) is not None:
                return _v69
            pos = _start
        return None

    # import_from_as_names: a=','.import_from_as_name+ { a }
    def import_from_as_names_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.import_from_as_name+ { a }
        if _t == 1:
            if tok_type[pos] == 1 and (_element70 := import_from_as_name_rule()) is not None:
                a = [_element70]
                while True:
                    _mark71 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] == 1 and (_element72 := import_from_as_name_rule()) is not None:
                            a.append(_element72)
                            continue
                    pos = _mark71
                    break
                return a
            pos = _start
        return None

    # import_from_as_name: a=NAME b=['as' z=NAME { z }] { alias(a.id, b.id if b is not None else None, EXTRA) }
    def import_from_as_name_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=NAME b=['as' z=NAME { z }] { alias(a.id, b.id if b is not None else None, EXTRA) }
        if _t == 1:
            a = new_node(Name)
            a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            b = None
            _matched73 = False
            _mark74 = pos
            if tok_type[pos] == 104:
                if tok_type[pos] == 104:
                    pos += 1
                    if tok_type[pos] == 1:
                        z = new_node(Name)
                        z.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                        pos += 1
                        b = z
                        _matched73 = True
            if not _matched73:
                pos = _mark74
            _node = new_node(alias)
            _node.__dict__ = {'name': a.id, 'asname': b.id if b is not None else None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        return None

    # dotted_as_names: a=','.dotted_as_name+ { a }
    def dotted_as_names_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.dotted_as_name+ { a }
        if _t == 1:
            if tok_type[pos] == 1 and (_element75 := dotted_as_name_rule()) is not None:
                a = [_element75]
                while True:
                    _mark76 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] == 1 and (_element77 := dotted_as_name_rule()) is not None:
                            a.append(_element77)
                            continue
                    pos = _mark76
                    break
                return a
            pos = _start
        return None

    # dotted_as_name: a=dotted_name b=['as' z=NAME { z }] { alias(a.id, b.id if b is not None else None, EXTRA) }
    def dotted_as_name_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=dotted_name b=['as' z=NAME { z }] { alias(a.id, b.id if b is not None else None, EXTRA) }
        if _t == 1:
            if (a := dotted_name_rule()) is not None:
                b = None
                _matched78 = False
                _mark79 = pos
                if tok_type[pos] == 104:
                    if tok_type[pos] == 104:
                        pos += 1
                        if tok_type[pos] == 1:
                            z = new_node(Name)
                            z.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                            pos += 1
                            b = z
                            _matched78 = True
                if not _matched78:
                    pos = _mark79
                _node = new_node(alias)
                _node.__dict__ = {'name': a.id, 'asname': b.id if b is not None else None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # dotted_name: a=dotted_name '.' b=NAME { join_names_with_dot(a, b) } | NAME
    if error_pass:  # the first pass does not memoize dotted_name
        def dotted_name_rule():
            nonlocal pos
            _start = pos
            _hit = dotted_name_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            _left = None
            while True:  # the seed: the first alternative not starting with the rule
                # NAME
                if _t == 1:
                    _v80 = new_node(Name)
                    _v80.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    _left = _v80
                    break
                    pos = _start
                break
            if _left is None:
                pos = _start
                dotted_name_memo[_start] = (None, pos)
                return None
            while True:  # grow: dotted_name <tail> while a tail follows
                if tok_type[pos] != 23:
                    break  # no tail can follow
                _mark = pos
                # a=dotted_name '.' b=NAME { join_names_with_dot(a, b) }
                if tok_type[pos] == 23:
                    a = _left
                    pos += 1
                    if tok_type[pos] == 1:
                        b = new_node(Name)
                        b.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                        pos += 1
                        _new = join_names_with_dot(a, b)
                        if _new is None:
                            pos = _mark
                            break
                        _left = _new
                        continue
                    pos = _mark
                break
            dotted_name_memo[_start] = (_left, pos)
            return _left
    else:
        def dotted_name_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            _left = None
            while True:  # the seed: the first alternative not starting with the rule
                # _v80=NAME
                if _t == 1:
                    _v80 = new_node(Name)
                    _v80.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    _left = _v80
                    break
                    pos = _start
                break
            if _left is None:
                pos = _start
                return None
            while True:  # grow: dotted_name <tail> while a tail follows
                if tok_type[pos] != 23:
                    break  # no tail can follow
                _mark = pos
                # a=dotted_name '.' b=NAME { join_names_with_dot(a, b) }
                if tok_type[pos] == 23:
                    a = _left
                    pos += 1
                    if tok_type[pos] == 1:
                        b = new_node(Name)
                        b.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                        pos += 1
                        _new = join_names_with_dot(a, b)
                        if _new is None:
                            pos = _mark
                            break
                        _left = _new
                        continue
                    pos = _mark
                break
            return _left

    # block: NEWLINE INDENT a=statements DEDENT { a } | simple_stmts | invalid_block
    def block_rule():
        nonlocal pos
        _start = pos
        _hit = block_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        # NEWLINE INDENT a=statements DEDENT { a }
        if _t == 4:
            pos += 1
            if tok_type[pos] == 5:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 49, 52, 56, 57, 61, 100, 101, 102, 105, 106, 107, 108, 109, 110, 115, 116, 117, 118, 119, 122, 123, 124, 126, 127, 128, 129, 130, 131, 132} and (a := statements_rule()) is not None:
                    if tok_type[pos] == 6:
                        pos += 1
                        block_memo[_start] = (a, pos)
                        return a
            pos = _start
        # simple_stmts
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132}:
            if (_v81 := simple_stmts_rule()) is not None:
                block_memo[_start] = (_v81, pos)
                return _v81
            pos = _start
        # invalid_block
        if call_invalid_rules and _t == 4:
            if (_v82 := invalid_block_rule()) is not None:
                block_memo[_start] = (_v82, pos)
                return _v82
            pos = _start
        block_memo[_start] = (None, _start)
        return None

    # decorators: a=('@' f=named_expression NEWLINE { f })+ { a }
    def decorators_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=('@' f=named_expression NEWLINE { f })+ { a }
        if _t == 49:
            a = []
            while True:
                _mark84 = pos
                _mark85 = pos
                if tok_type[pos] == 49:
                    if tok_type[pos] == 49:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (f := named_expression_rule()) is not None:
                            if tok_type[pos] == 4:
                                pos += 1
                                _element83 = f
                                a.append(_element83)
                                continue
                pos = _mark85
                pos = _mark84
                break
            if a:
                return a
            pos = _start
        return None

    # class_def: a=decorators b=class_def_raw { class_def_decorators(a, b) } | class_def_raw
    def class_def_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=decorators b=class_def_raw { class_def_decorators(a, b) }
        if _t == 49:
            if (a := decorators_rule()) is not None:
                if tok_type[pos] == 107 and (b := class_def_raw_rule()) is not None:
                    return class_def_decorators(a, b)
            pos = _start
        # class_def_raw
        if _t == 107:
            if (_v86 := class_def_raw_rule()) is not None:
                return _v86
            pos = _start
        return None

    # class_def_raw: invalid_class_def_raw | 'class' a=NAME t=[type_params] b=['(' z=[arguments] ')' { z }] ':' c=block { ClassDef(a.id, b.args if b is not None else [], b.keywords if b is not None else [], c, [], t or [], EXTRA) }
    def class_def_raw_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_class_def_raw
        if call_invalid_rules and _t == 107:
            if (_v87 := invalid_class_def_raw_rule()) is not None:
                return _v87
            pos = _start
        # 'class' a=NAME t=[type_params] b=['(' z=[arguments] ')' { z }] ':' c=block { ClassDef(a.id, b.args if b is not None else [], b.keywords if b is not None else [], c, [], t or [], EXTRA) }
        if _t == 107:
            pos += 1
            if tok_type[pos] == 1:
                a = new_node(Name)
                a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                pos += 1
                t = None
                _matched88 = False
                _mark90 = pos
                if tok_type[pos] == 9:
                    if tok_type[pos] == 9 and (_v89 := type_params_rule()) is not None:
                        t = _v89
                        _matched88 = True
                if not _matched88:
                    pos = _mark90
                b = None
                _matched91 = False
                _mark92 = pos
                if tok_type[pos] == 7:
                    if tok_type[pos] == 7:
                        pos += 1
                        z = None
                        _matched93 = False
                        _mark95 = pos
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v94 := arguments_rule()) is not None:
                                z = _v94
                                _matched93 = True
                        if not _matched93:
                            pos = _mark95
                        if tok_type[pos] == 8:
                            pos += 1
                            b = z
                            _matched91 = True
                if not _matched91:
                    pos = _mark92
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (c := block_rule()) is not None:
                        _node = new_node(ClassDef)
                        _node.__dict__ = {'name': a.id, 'bases': b.args if b is not None else [], 'keywords': b.keywords if b is not None else [], 'body': c, 'decorator_list': [], 'type_params': t or [], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        return None

    # function_def: d=decorators f=function_def_raw { function_def_decorators(d, f) } | function_def_raw
    def function_def_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # d=decorators f=function_def_raw { function_def_decorators(d, f) }
        if _t == 49:
            if (d := decorators_rule()) is not None:
                if tok_type[pos] in {57, 109} and (f := function_def_raw_rule()) is not None:
                    return function_def_decorators(d, f)
            pos = _start
        # function_def_raw
        if _t in {57, 109}:
            if (_v96 := function_def_raw_rule()) is not None:
                return _v96
            pos = _start
        return None

    # function_def_raw: invalid_def_raw | 'def' n=NAME t=[type_params] &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' tc=[func_type_comment] b=block { FunctionDef(n.id, params if params is not None else empty_arguments(), b, [], a, new_type_comment(p, tc), t or [], EXTRA) } | ASYNC 'def' n=NAME t=[type_params] &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' tc=[func_type_comment] b=block { check_version(p, 5, "Async functions are", AsyncFunctionDef(n.id, params if params is not None else empty_arguments(), b, [], a, new_type_comment(p, tc), t or [], EXTRA)) }
    def function_def_raw_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_def_raw
        if call_invalid_rules and _t in {57, 109}:
            if (_v97 := invalid_def_raw_rule()) is not None:
                return _v97
            pos = _start
        # 'def' n=NAME t=[type_params] &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' tc=[func_type_comment] b=block { FunctionDef(n.id, params if params is not None else empty_arguments(), b, [], a, new_type_comment(p, tc), t or [], EXTRA) }
        if _t == 109:
            pos += 1
            if tok_type[pos] == 1:
                n = new_node(Name)
                n.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                pos += 1
                t = None
                _matched98 = False
                _mark100 = pos
                if tok_type[pos] == 9:
                    if tok_type[pos] == 9 and (_v99 := type_params_rule()) is not None:
                        t = _v99
                        _matched98 = True
                if not _matched98:
                    pos = _mark100
                if not (tok_type[pos] == 7):
                    raise_expected(p, pos, "'('")
                pos += 1
                params = None
                _matched101 = False
                _mark103 = pos
                if tok_type[pos] in {1, 7, 16, 17, 35}:
                    if tok_type[pos] in {1, 7, 16, 17, 35} and (_v102 := params_rule()) is not None:
                        params = _v102
                        _matched101 = True
                if not _matched101:
                    pos = _mark103
                if tok_type[pos] == 8:
                    pos += 1
                    a = None
                    _matched104 = False
                    _mark105 = pos
                    if tok_type[pos] == 51:
                        if tok_type[pos] == 51:
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (z := expression_rule()) is not None:
                                a = z
                                _matched104 = True
                    if not _matched104:
                        pos = _mark105
                    if not (tok_type[pos] == 11):
                        raise_expected(p, pos, "':'")
                    pos += 1
                    tc = None
                    _matched106 = False
                    _mark108 = pos
                    if tok_type[pos] in {4, 59}:
                        if tok_type[pos] in {4, 59} and (_v107 := func_type_comment_rule()) is not None:
                            tc = _v107
                            _matched106 = True
                    if not _matched106:
                        pos = _mark108
                    if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                        _node = new_node(FunctionDef)
                        _node.__dict__ = {'name': n.id, 'args': params if params is not None else empty_arguments(), 'body': b, 'decorator_list': [], 'returns': a, 'type_comment': new_type_comment(p, tc), 'type_params': t or [], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        # ASYNC 'def' n=NAME t=[type_params] &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' tc=[func_type_comment] b=block { check_version(p, 5, "Async functions are", AsyncFunctionDef(n.id, params if params is not None else empty_arguments(), b, [], a, new_type_comment(p, tc), t or [], EXTRA))
        if _t == 57:
            pos += 1
            if tok_type[pos] == 109:
                pos += 1
                if tok_type[pos] == 1:
                    n = new_node(Name)
                    n.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    t = None
                    _matched109 = False
                    _mark111 = pos
                    if tok_type[pos] == 9:
                        if tok_type[pos] == 9 and (_v110 := type_params_rule()) is not None:
                            t = _v110
                            _matched109 = True
                    if not _matched109:
                        pos = _mark111
                    if not (tok_type[pos] == 7):
                        raise_expected(p, pos, "'('")
                    pos += 1
                    params = None
                    _matched112 = False
                    _mark114 = pos
                    if tok_type[pos] in {1, 7, 16, 17, 35}:
                        if tok_type[pos] in {1, 7, 16, 17, 35} and (_v113 := params_rule()) is not None:
                            params = _v113
                            _matched112 = True
                    if not _matched112:
                        pos = _mark114
                    if tok_type[pos] == 8:
                        pos += 1
                        a = None
                        _matched115 = False
                        _mark116 = pos
                        if tok_type[pos] == 51:
                            if tok_type[pos] == 51:
                                pos += 1
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (z := expression_rule()) is not None:
                                    a = z
                                    _matched115 = True
                        if not _matched115:
                            pos = _mark116
                        if not (tok_type[pos] == 11):
                            raise_expected(p, pos, "':'")
                        pos += 1
                        tc = None
                        _matched117 = False
                        _mark119 = pos
                        if tok_type[pos] in {4, 59}:
                            if tok_type[pos] in {4, 59} and (_v118 := func_type_comment_rule()) is not None:
                                tc = _v118
                                _matched117 = True
                        if not _matched117:
                            pos = _mark119
                        if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                            return check_version(p, 5, "Async functions are", AsyncFunctionDef(n.id, params if params is not None else empty_arguments(), b, [], a, new_type_comment(p, tc), t or [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
            pos = _start
        return None

    # params: invalid_parameters | parameters
    def params_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_parameters
        if call_invalid_rules and _t in {1, 7, 16, 17}:
            if (_v120 := invalid_parameters_rule()) is not None:
                return _v120
            pos = _start
        # parameters
        if _t in {1, 16, 35}:
            if (_v121 := parameters_rule()) is not None:
                return _v121
            pos = _start
        return None

    # parameters: a=slash_no_default b=param_no_default* c=param_with_default* d=[star_etc] { check_version(p, 8, "Positional-only parameters are", make_arguments(a, None, b, c, d)) } | a=slash_with_default b=param_with_default* c=[star_etc] { check_version(p, 8, "Positional-only parameters are", make_arguments(None, a, None, b, c)) } | a=param_no_default+ b=param_with_default* c=[star_etc] { make_arguments(None, None, a, b, c) } | a=param_with_default+ b=[star_etc] { make_arguments(None, None, None, a, b) } | a=star_etc { make_arguments(None, None, None, None, a) }
    def parameters_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=slash_no_default b=param_no_default* c=param_with_default* d=[star_etc] { check_version(p, 8, "Positional-only parameters are", make_arguments(a, None, b, c, d)) }
        if _t == 1:
            if (a := slash_no_default_rule()) is not None:
                b = []
                while True:
                    _mark123 = pos
                    if tok_type[pos] == 1 and (_element122 := param_no_default_rule()) is not None:
                        b.append(_element122)
                        continue
                    pos = _mark123
                    break
                c = []
                while True:
                    _mark125 = pos
                    if tok_type[pos] == 1 and (_element124 := param_with_default_rule()) is not None:
                        c.append(_element124)
                        continue
                    pos = _mark125
                    break
                d = None
                _matched126 = False
                _mark128 = pos
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v127 := star_etc_rule()) is not None:
                        d = _v127
                        _matched126 = True
                if not _matched126:
                    pos = _mark128
                return check_version(p, 8, "Positional-only parameters are", make_arguments(a, None, b, c, d))
            pos = _start
        # a=slash_with_default b=param_with_default* c=[star_etc] { check_version(p, 8, "Positional-only parameters are", make_arguments(None, a, None, b, c)) }
        if _t == 1:
            if (a := slash_with_default_rule()) is not None:
                b = []
                while True:
                    _mark130 = pos
                    if tok_type[pos] == 1 and (_element129 := param_with_default_rule()) is not None:
                        b.append(_element129)
                        continue
                    pos = _mark130
                    break
                c = None
                _matched131 = False
                _mark133 = pos
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v132 := star_etc_rule()) is not None:
                        c = _v132
                        _matched131 = True
                if not _matched131:
                    pos = _mark133
                return check_version(p, 8, "Positional-only parameters are", make_arguments(None, a, None, b, c))
            pos = _start
        # a=param_no_default+ b=param_with_default* c=[star_etc] { make_arguments(None, None, a, b, c) }
        if _t == 1:
            a = []
            while True:
                _mark135 = pos
                if tok_type[pos] == 1 and (_element134 := param_no_default_rule()) is not None:
                    a.append(_element134)
                    continue
                pos = _mark135
                break
            if a:
                b = []
                while True:
                    _mark137 = pos
                    if tok_type[pos] == 1 and (_element136 := param_with_default_rule()) is not None:
                        b.append(_element136)
                        continue
                    pos = _mark137
                    break
                c = None
                _matched138 = False
                _mark140 = pos
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v139 := star_etc_rule()) is not None:
                        c = _v139
                        _matched138 = True
                if not _matched138:
                    pos = _mark140
                return make_arguments(None, None, a, b, c)
            pos = _start
        # a=param_with_default+ b=[star_etc] { make_arguments(None, None, None, a, b) }
        if _t == 1:
            a = []
            while True:
                _mark142 = pos
                if tok_type[pos] == 1 and (_element141 := param_with_default_rule()) is not None:
                    a.append(_element141)
                    continue
                pos = _mark142
                break
            if a:
                b = None
                _matched143 = False
                _mark145 = pos
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v144 := star_etc_rule()) is not None:
                        b = _v144
                        _matched143 = True
                if not _matched143:
                    pos = _mark145
                return make_arguments(None, None, None, a, b)
            pos = _start
        # a=star_etc { make_arguments(None, None, None, None, a) }
        if _t in {16, 35}:
            if (a := star_etc_rule()) is not None:
                return make_arguments(None, None, None, None, a)
            pos = _start
        return None

    # slash_no_default: a=param_no_default+ '/' ',' { a } | a=param_no_default+ '/' &')' { a }
    def slash_no_default_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=param_no_default+ '/' ',' { a }
        if _t == 1:
            a = []
            while True:
                _mark147 = pos
                if tok_type[pos] == 1 and (_element146 := param_no_default_rule()) is not None:
                    a.append(_element146)
                    continue
                pos = _mark147
                break
            if a:
                if tok_type[pos] == 17:
                    pos += 1
                    if tok_type[pos] == 12:
                        pos += 1
                        return a
            pos = _start
        # a=param_no_default+ '/' &')' { a }
        if _t == 1:
            a = []
            while True:
                _mark149 = pos
                if tok_type[pos] == 1 and (_element148 := param_no_default_rule()) is not None:
                    a.append(_element148)
                    continue
                pos = _mark149
                break
            if a:
                if tok_type[pos] == 17:
                    pos += 1
                    if tok_type[pos] == 8:
                        return a
            pos = _start
        return None

    # slash_with_default: a=param_no_default* b=param_with_default+ '/' ',' { (a, b) } | a=param_no_default* b=param_with_default+ '/' &')' { (a, b) }
    def slash_with_default_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=param_no_default* b=param_with_default+ '/' ',' { (a, b) }
        if _t == 1:
            a = []
            while True:
                _mark151 = pos
                if tok_type[pos] == 1 and (_element150 := param_no_default_rule()) is not None:
                    a.append(_element150)
                    continue
                pos = _mark151
                break
            b = []
            while True:
                _mark153 = pos
                if tok_type[pos] == 1 and (_element152 := param_with_default_rule()) is not None:
                    b.append(_element152)
                    continue
                pos = _mark153
                break
            if b:
                if tok_type[pos] == 17:
                    pos += 1
                    if tok_type[pos] == 12:
                        pos += 1
                        return (a, b)
            pos = _start
        # a=param_no_default* b=param_with_default+ '/' &')' { (a, b) }
        if _t == 1:
            a = []
            while True:
                _mark155 = pos
                if tok_type[pos] == 1 and (_element154 := param_no_default_rule()) is not None:
                    a.append(_element154)
                    continue
                pos = _mark155
                break
            b = []
            while True:
                _mark157 = pos
                if tok_type[pos] == 1 and (_element156 := param_with_default_rule()) is not None:
                    b.append(_element156)
                    continue
                pos = _mark157
                break
            if b:
                if tok_type[pos] == 17:
                    pos += 1
                    if tok_type[pos] == 8:
                        return (a, b)
            pos = _start
        return None

    # star_etc: invalid_star_etc | '*' a=param_no_default b=param_maybe_default* c=[kwds] { (a, b, c) } | '*' a=param_no_default_star_annotation b=param_maybe_default* c=[kwds] { (a, b, c) } | '*' ',' b=param_maybe_default+ c=[kwds] { (None, b, c) } | a=kwds { (None, [], a) }
    def star_etc_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_star_etc
        if call_invalid_rules and _t == 16:
            if (_v158 := invalid_star_etc_rule()) is not None:
                return _v158
            pos = _start
        # '*' a=param_no_default b=param_maybe_default* c=[kwds] { (a, b, c) }
        if _t == 16:
            pos += 1
            if tok_type[pos] == 1 and (a := param_no_default_rule()) is not None:
                b = []
                while True:
                    _mark160 = pos
                    if tok_type[pos] == 1 and (_element159 := param_maybe_default_rule()) is not None:
                        b.append(_element159)
                        continue
                    pos = _mark160
                    break
                c = None
                _matched161 = False
                _mark163 = pos
                if tok_type[pos] == 35:
                    if tok_type[pos] == 35 and (_v162 := kwds_rule()) is not None:
                        c = _v162
                        _matched161 = True
                if not _matched161:
                    pos = _mark163
                return (a, b, c)
            pos = _start
        # '*' a=param_no_default_star_annotation b=param_maybe_default* c=[kwds] { (a, b, c) }
        if _t == 16:
            pos += 1
            if tok_type[pos] == 1 and (a := param_no_default_star_annotation_rule()) is not None:
                b = []
                while True:
                    _mark165 = pos
                    if tok_type[pos] == 1 and (_element164 := param_maybe_default_rule()) is not None:
                        b.append(_element164)
                        continue
                    pos = _mark165
                    break
                c = None
                _matched166 = False
                _mark168 = pos
                if tok_type[pos] == 35:
                    if tok_type[pos] == 35 and (_v167 := kwds_rule()) is not None:
                        c = _v167
                        _matched166 = True
                if not _matched166:
                    pos = _mark168
                return (a, b, c)
            pos = _start
        # '*' ',' b=param_maybe_default+ c=[kwds] { (None, b, c) }
        if _t == 16:
            pos += 1
            if tok_type[pos] == 12:
                pos += 1
                b = []
                while True:
                    _mark170 = pos
                    if tok_type[pos] == 1 and (_element169 := param_maybe_default_rule()) is not None:
                        b.append(_element169)
                        continue
                    pos = _mark170
                    break
                if b:
                    c = None
                    _matched171 = False
                    _mark173 = pos
                    if tok_type[pos] == 35:
                        if tok_type[pos] == 35 and (_v172 := kwds_rule()) is not None:
                            c = _v172
                            _matched171 = True
                    if not _matched171:
                        pos = _mark173
                    return (None, b, c)
            pos = _start
        # a=kwds { (None, [], a) }
        if _t == 35:
            if (a := kwds_rule()) is not None:
                return (None, [], a)
            pos = _start
        return None

    # kwds: invalid_kwds | '**' a=param_no_default { a }
    def kwds_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_kwds
        if call_invalid_rules and _t == 35:
            if (_v174 := invalid_kwds_rule()) is not None:
                return _v174
            pos = _start
        # '**' a=param_no_default { a }
        if _t == 35:
            pos += 1
            if tok_type[pos] == 1 and (a := param_no_default_rule()) is not None:
                return a
            pos = _start
        return None

    # param_no_default: a=param ',' tc=TYPE_COMMENT? { add_type_comment_to_arg(p, a, tc) } | a=param tc=TYPE_COMMENT? &')' { add_type_comment_to_arg(p, a, tc) }
    def param_no_default_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 2 alternatives begin with param: parse it once
        _shared175 = param_rule() if _t == 1 else None
        _shared_end176 = pos
        pos = _start
        # a=param ',' tc=TYPE_COMMENT? { add_type_comment_to_arg(p, a, tc) }
        if _shared175 is not None:
            pos = _shared_end176
            a = _shared175
            if tok_type[pos] == 12:
                pos += 1
                if tok_type[pos] == 59:
                    tc = pos
                    pos += 1
                else:
                    tc = None
                return add_type_comment_to_arg(p, a, tc)
        pos = _start
        # a=param tc=TYPE_COMMENT? &')' { add_type_comment_to_arg(p, a, tc) }
        if _shared175 is not None:
            pos = _shared_end176
            a = _shared175
            if tok_type[pos] == 59:
                tc = pos
                pos += 1
            else:
                tc = None
            if tok_type[pos] == 8:
                return add_type_comment_to_arg(p, a, tc)
        pos = _start
        return None

    # param_no_default_star_annotation: a=param_star_annotation ',' tc=TYPE_COMMENT? { add_type_comment_to_arg(p, a, tc) } | a=param_star_annotation tc=TYPE_COMMENT? &')' { add_type_comment_to_arg(p, a, tc) }
    def param_no_default_star_annotation_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 2 alternatives begin with param_star_annotation: parse it once
        _shared177 = param_star_annotation_rule() if _t == 1 else None
        _shared_end178 = pos
        pos = _start
        # a=param_star_annotation ',' tc=TYPE_COMMENT? { add_type_comment_to_arg(p, a, tc) }
        if _shared177 is not None:
            pos = _shared_end178
            a = _shared177
            if tok_type[pos] == 12:
                pos += 1
                if tok_type[pos] == 59:
                    tc = pos
                    pos += 1
                else:
                    tc = None
                return add_type_comment_to_arg(p, a, tc)
        pos = _start
        # a=param_star_annotation tc=TYPE_COMMENT? &')' { add_type_comment_to_arg(p, a, tc) }
        if _shared177 is not None:
            pos = _shared_end178
            a = _shared177
            if tok_type[pos] == 59:
                tc = pos
                pos += 1
            else:
                tc = None
            if tok_type[pos] == 8:
                return add_type_comment_to_arg(p, a, tc)
        pos = _start
        return None

    # param_with_default: a=param c=default ',' tc=TYPE_COMMENT? { name_default_pair(p, a, c, tc) } | a=param c=default tc=TYPE_COMMENT? &')' { name_default_pair(p, a, c, tc) }
    def param_with_default_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 2 alternatives begin with param: parse it once
        _shared179 = param_rule() if _t == 1 else None
        _shared_end180 = pos
        pos = _start
        # a=param c=default ',' tc=TYPE_COMMENT? { name_default_pair(p, a, c, tc) }
        if _shared179 is not None:
            pos = _shared_end180
            a = _shared179
            if tok_type[pos] == 22 and (c := default_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] == 59:
                        tc = pos
                        pos += 1
                    else:
                        tc = None
                    return name_default_pair(p, a, c, tc)
        pos = _start
        # a=param c=default tc=TYPE_COMMENT? &')' { name_default_pair(p, a, c, tc) }
        if _shared179 is not None:
            pos = _shared_end180
            a = _shared179
            if tok_type[pos] == 22 and (c := default_rule()) is not None:
                if tok_type[pos] == 59:
                    tc = pos
                    pos += 1
                else:
                    tc = None
                if tok_type[pos] == 8:
                    return name_default_pair(p, a, c, tc)
        pos = _start
        return None

    # param_maybe_default: a=param c=default? ',' tc=TYPE_COMMENT? { name_default_pair(p, a, c, tc) } | a=param c=default? tc=TYPE_COMMENT? &')' { name_default_pair(p, a, c, tc) }
    def param_maybe_default_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 2 alternatives begin with param: parse it once
        _shared181 = param_rule() if _t == 1 else None
        _shared_end182 = pos
        pos = _start
        # a=param c=default? ',' tc=TYPE_COMMENT? { name_default_pair(p, a, c, tc) }
        if _shared181 is not None:
            pos = _shared_end182
            a = _shared181
            c = default_rule() if tok_type[pos] == 22 else None
            if tok_type[pos] == 12:
                pos += 1
                if tok_type[pos] == 59:
                    tc = pos
                    pos += 1
                else:
                    tc = None
                return name_default_pair(p, a, c, tc)
        pos = _start
        # a=param c=default? tc=TYPE_COMMENT? &')' { name_default_pair(p, a, c, tc) }
        if _shared181 is not None:
            pos = _shared_end182
            a = _shared181
            c = default_rule() if tok_type[pos] == 22 else None
            if tok_type[pos] == 59:
                tc = pos
                pos += 1
            else:
                tc = None
            if tok_type[pos] == 8:
                return name_default_pair(p, a, c, tc)
        pos = _start
        return None

    # param: a=NAME b=annotation? { arg(a.id, b, None, EXTRA) }
    def param_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=NAME b=annotation? { arg(a.id, b, None, EXTRA) }
        if _t == 1:
            a = new_node(Name)
            a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            b = annotation_rule() if tok_type[pos] == 11 else None
            _node = new_node(arg)
            _node.__dict__ = {'arg': a.id, 'annotation': b, 'type_comment': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        return None

    # param_star_annotation: a=NAME b=star_annotation { arg(a.id, b, None, EXTRA) }
    def param_star_annotation_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=NAME b=star_annotation { arg(a.id, b, None, EXTRA) }
        if _t == 1:
            a = new_node(Name)
            a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            if tok_type[pos] == 11 and (b := star_annotation_rule()) is not None:
                _node = new_node(arg)
                _node.__dict__ = {'arg': a.id, 'annotation': b, 'type_comment': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # annotation: ':' a=expression { a }
    def annotation_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ':' a=expression { a }
        if _t == 11:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                return a
            pos = _start
        return None

    # star_annotation: ':' a=star_expression { a }
    def star_annotation_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ':' a=star_expression { a }
        if _t == 11:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := star_expression_rule()) is not None:
                return a
            pos = _start
        return None

    # default: '=' a=expression { a } | invalid_default
    def default_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '=' a=expression { a }
        if _t == 22:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                return a
            pos = _start
        # invalid_default
        if call_invalid_rules and _t == 22:
            if (_v183 := invalid_default_rule()) is not None:
                return _v183
            pos = _start
        return None

    # if_stmt: invalid_if_stmt | 'if' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c], EXTRA) } | 'if' a=named_expression ':' b=block c=[else_block] { If(a, b, c or [], EXTRA) }
    def if_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_if_stmt
        if call_invalid_rules and _t == 118:
            if (_v184 := invalid_if_stmt_rule()) is not None:
                return _v184
            pos = _start
        # 'if' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c], EXTRA) }
        if _t == 118:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                        if tok_type[pos] == 111 and (c := elif_stmt_rule()) is not None:
                            _node = new_node(If)
                            _node.__dict__ = {'test': a, 'body': b, 'orelse': [c], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                            return _node
            pos = _start
        # 'if' a=named_expression ':' b=block c=[else_block] { If(a, b, c or [], EXTRA) }
        if _t == 118:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                        c = None
                        _matched185 = False
                        _mark187 = pos
                        if tok_type[pos] == 112:
                            if tok_type[pos] == 112 and (_v186 := else_block_rule()) is not None:
                                c = _v186
                                _matched185 = True
                        if not _matched185:
                            pos = _mark187
                        _node = new_node(If)
                        _node.__dict__ = {'test': a, 'body': b, 'orelse': c or [], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        return None

    # elif_stmt: invalid_elif_stmt | 'elif' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c], EXTRA) } | 'elif' a=named_expression ':' b=block c=[else_block] { If(a, b, c or [], EXTRA) }
    def elif_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_elif_stmt
        if call_invalid_rules and _t == 111:
            if (_v188 := invalid_elif_stmt_rule()) is not None:
                return _v188
            pos = _start
        # 'elif' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c], EXTRA) }
        if _t == 111:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                        if tok_type[pos] == 111 and (c := elif_stmt_rule()) is not None:
                            _node = new_node(If)
                            _node.__dict__ = {'test': a, 'body': b, 'orelse': [c], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                            return _node
            pos = _start
        # 'elif' a=named_expression ':' b=block c=[else_block] { If(a, b, c or [], EXTRA) }
        if _t == 111:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                        c = None
                        _matched189 = False
                        _mark191 = pos
                        if tok_type[pos] == 112:
                            if tok_type[pos] == 112 and (_v190 := else_block_rule()) is not None:
                                c = _v190
                                _matched189 = True
                        if not _matched189:
                            pos = _mark191
                        _node = new_node(If)
                        _node.__dict__ = {'test': a, 'body': b, 'orelse': c or [], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        return None

    # else_block: invalid_else_stmt | 'else' &&':' b=block { b }
    def else_block_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_else_stmt
        if call_invalid_rules and _t == 112:
            if (_v192 := invalid_else_stmt_rule()) is not None:
                return _v192
            pos = _start
        # 'else' &&':' b=block { b }
        if _t == 112:
            pos += 1
            if not (tok_type[pos] == 11):
                raise_expected(p, pos, "':'")
            pos += 1
            if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                return b
            pos = _start
        return None

    # while_stmt: invalid_while_stmt | 'while' a=named_expression ':' b=block c=[else_block] { While(a, b, c or [], EXTRA) }
    def while_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_while_stmt
        if call_invalid_rules and _t == 130:
            if (_v193 := invalid_while_stmt_rule()) is not None:
                return _v193
            pos = _start
        # 'while' a=named_expression ':' b=block c=[else_block] { While(a, b, c or [], EXTRA) }
        if _t == 130:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                        c = None
                        _matched194 = False
                        _mark196 = pos
                        if tok_type[pos] == 112:
                            if tok_type[pos] == 112 and (_v195 := else_block_rule()) is not None:
                                c = _v195
                                _matched194 = True
                        if not _matched194:
                            pos = _mark196
                        _node = new_node(While)
                        _node.__dict__ = {'test': a, 'body': b, 'orelse': c or [], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        return None

    # for_stmt: invalid_for_stmt | 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block] { For(t, ex, b, el or [], new_type_comment(p, tc), EXTRA) } | ASYNC 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block] { check_version(p, 5, "Async for loops are", AsyncFor(t, ex, b, el or [], new_type_comment(p, tc), EXTRA)) } | invalid_for_target
    def for_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        _cut = False
        # invalid_for_stmt
        if call_invalid_rules and _t in {57, 115}:
            if (_v197 := invalid_for_stmt_rule()) is not None:
                return _v197
            pos = _start
        # 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block] { For(t, ex, b, el or [], new_type_comment(p, tc), EXTRA) }
        if _t == 115:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (t := star_targets_rule()) is not None:
                if tok_type[pos] == 120:
                    pos += 1
                    _cut = True
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (ex := star_expressions_rule()) is not None:
                        if tok_type[pos] == 11:
                            pos += 1
                            if tok_type[pos] == 59:
                                tc = pos
                                pos += 1
                            else:
                                tc = None
                            if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                                el = None
                                _matched198 = False
                                _mark200 = pos
                                if tok_type[pos] == 112:
                                    if tok_type[pos] == 112 and (_v199 := else_block_rule()) is not None:
                                        el = _v199
                                        _matched198 = True
                                if not _matched198:
                                    pos = _mark200
                                _node = new_node(For)
                                _node.__dict__ = {'target': t, 'iter': ex, 'body': b, 'orelse': el or [], 'type_comment': new_type_comment(p, tc), 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                                return _node
            pos = _start
            if _cut:
                return None
        # ASYNC 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block] { check_version(p, 5, "Async for loops are", AsyncFor(t, ex, b, el or [], new_type_comment(p, tc), EXTRA)) }
        if _t == 57:
            pos += 1
            if tok_type[pos] == 115:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (t := star_targets_rule()) is not None:
                    if tok_type[pos] == 120:
                        pos += 1
                        _cut = True
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (ex := star_expressions_rule()) is not None:
                            if tok_type[pos] == 11:
                                pos += 1
                                if tok_type[pos] == 59:
                                    tc = pos
                                    pos += 1
                                else:
                                    tc = None
                                if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                                    el = None
                                    _matched201 = False
                                    _mark203 = pos
                                    if tok_type[pos] == 112:
                                        if tok_type[pos] == 112 and (_v202 := else_block_rule()) is not None:
                                            el = _v202
                                            _matched201 = True
                                    if not _matched201:
                                        pos = _mark203
                                    return check_version(p, 5, "Async for loops are", AsyncFor(t, ex, b, el or [], new_type_comment(p, tc), lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
            pos = _start
            if _cut:
                return None
        # invalid_for_target
        if call_invalid_rules and _t in {57, 115}:
            if (_v204 := invalid_for_target_rule()) is not None:
                return _v204
            pos = _start
        return None

    # with_stmt: invalid_with_stmt_indent | 'with' '(' a=','.with_item+ ','? ')' ':' b=block { check_version(p, 9, "Parenthesized context managers are", With(a, b, None, EXTRA)) } | 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block { With(a, b, new_type_comment(p, tc), EXTRA) } | ASYNC 'with' '(' a=','.with_item+ ','? ')' ':' b=block { check_version(p, 5, "Async with statements are", AsyncWith(a, b, None, EXTRA)) } | ASYNC 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block { check_version(p, 5, "Async with statements are", AsyncWith(a, b, new_type_comment(p, tc), EXTRA)) } | invalid_with_stmt
    def with_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_with_stmt_indent
        if call_invalid_rules and _t in {57, 131}:
            if (_v205 := invalid_with_stmt_indent_rule()) is not None:
                return _v205
            pos = _start
        # 'with' '(' a=','.with_item+ ','? ')' ':' b=block { check_version(p, 9, "Parenthesized context managers are", With(a, b, None, EXTRA)) }
        if _t == 131:
            pos += 1
            if tok_type[pos] == 7:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element206 := with_item_rule()) is not None:
                    a = [_element206]
                    while True:
                        _mark207 = pos
                        if tok_type[pos] == 12:
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element208 := with_item_rule()) is not None:
                                a.append(_element208)
                                continue
                        pos = _mark207
                        break
                    if tok_type[pos] == 12:
                        pos += 1
                    if tok_type[pos] == 8:
                        pos += 1
                        if tok_type[pos] == 11:
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                                return check_version(p, 9, "Parenthesized context managers are", With(a, b, None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
            pos = _start
        # 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block { With(a, b, new_type_comment(p, tc), EXTRA) }
        if _t == 131:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element209 := with_item_rule()) is not None:
                a = [_element209]
                while True:
                    _mark210 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element211 := with_item_rule()) is not None:
                            a.append(_element211)
                            continue
                    pos = _mark210
                    break
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] == 59:
                        tc = pos
                        pos += 1
                    else:
                        tc = None
                    if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                        _node = new_node(With)
                        _node.__dict__ = {'items': a, 'body': b, 'type_comment': new_type_comment(p, tc), 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        # ASYNC 'with' '(' a=','.with_item+ ','? ')' ':' b=block { check_version(p, 5, "Async with statements are", AsyncWith(a, b, None, EXTRA)) }
        if _t == 57:
            pos += 1
            if tok_type[pos] == 131:
                pos += 1
                if tok_type[pos] == 7:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element212 := with_item_rule()) is not None:
                        a = [_element212]
                        while True:
                            _mark213 = pos
                            if tok_type[pos] == 12:
                                pos += 1
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element214 := with_item_rule()) is not None:
                                    a.append(_element214)
                                    continue
                            pos = _mark213
                            break
                        if tok_type[pos] == 12:
                            pos += 1
                        if tok_type[pos] == 8:
                            pos += 1
                            if tok_type[pos] == 11:
                                pos += 1
                                if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                                    return check_version(p, 5, "Async with statements are", AsyncWith(a, b, None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
            pos = _start
        # ASYNC 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block { check_version(p, 5, "Async with statements are", AsyncWith(a, b, new_type_comment(p, tc), EXTRA)) }
        if _t == 57:
            pos += 1
            if tok_type[pos] == 131:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element215 := with_item_rule()) is not None:
                    a = [_element215]
                    while True:
                        _mark216 = pos
                        if tok_type[pos] == 12:
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element217 := with_item_rule()) is not None:
                                a.append(_element217)
                                continue
                        pos = _mark216
                        break
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] == 59:
                            tc = pos
                            pos += 1
                        else:
                            tc = None
                        if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                            return check_version(p, 5, "Async with statements are", AsyncWith(a, b, new_type_comment(p, tc), lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
            pos = _start
        # invalid_with_stmt
        if call_invalid_rules and _t in {57, 131}:
            if (_v218 := invalid_with_stmt_rule()) is not None:
                return _v218
            pos = _start
        return None

    # with_item: e=expression 'as' t=star_target &(',' | ')' | ':') { withitem(e, t) } | invalid_with_item | e=expression { withitem(e, None) }
    def with_item_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # e=expression 'as' t=star_target &(',' | ')' | ':') { withitem(e, t) }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (e := expression_rule()) is not None:
                if tok_type[pos] == 104:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (t := star_target_rule()) is not None:
                        if tok_type[pos] in {8, 11, 12}:
                            _node = new_node(withitem)
                            _node.__dict__ = {'context_expr': e, 'optional_vars': t}
                            return _node
            pos = _start
        # invalid_with_item
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v219 := invalid_with_item_rule()) is not None:
                return _v219
            pos = _start
        # e=expression { withitem(e, None) }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (e := expression_rule()) is not None:
                _node = new_node(withitem)
                _node.__dict__ = {'context_expr': e, 'optional_vars': None}
                return _node
            pos = _start
        return None

    # try_stmt: invalid_try_stmt | 'try' &&':' b=block f=finally_block { Try(b, [], [], f, EXTRA) } | 'try' &&':' b=block ex=except_block+ el=[else_block] f=[finally_block] { Try(b, ex, el or [], f or [], EXTRA) } | 'try' &&':' b=block ex=except_star_block+ el=[else_block] f=[finally_block] { check_version(p, 11, "Exception groups are", TryStar(b, ex, el or [], f or [], EXTRA)) }
    def try_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_try_stmt
        if call_invalid_rules and _t == 129:
            if (_v220 := invalid_try_stmt_rule()) is not None:
                return _v220
            pos = _start
        # 'try' &&':' b=block f=finally_block { Try(b, [], [], f, EXTRA) }
        if _t == 129:
            pos += 1
            if not (tok_type[pos] == 11):
                raise_expected(p, pos, "':'")
            pos += 1
            if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                if tok_type[pos] == 114 and (f := finally_block_rule()) is not None:
                    _node = new_node(Try)
                    _node.__dict__ = {'body': b, 'handlers': [], 'orelse': [], 'finalbody': f, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
            pos = _start
        # 'try' &&':' b=block ex=except_block+ el=[else_block] f=[finally_block] { Try(b, ex, el or [], f or [], EXTRA) }
        if _t == 129:
            pos += 1
            if not (tok_type[pos] == 11):
                raise_expected(p, pos, "':'")
            pos += 1
            if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                ex = []
                while True:
                    _mark222 = pos
                    if tok_type[pos] == 113 and (_element221 := except_block_rule()) is not None:
                        ex.append(_element221)
                        continue
                    pos = _mark222
                    break
                if ex:
                    el = None
                    _matched223 = False
                    _mark225 = pos
                    if tok_type[pos] == 112:
                        if tok_type[pos] == 112 and (_v224 := else_block_rule()) is not None:
                            el = _v224
                            _matched223 = True
                    if not _matched223:
                        pos = _mark225
                    f = None
                    _matched226 = False
                    _mark228 = pos
                    if tok_type[pos] == 114:
                        if tok_type[pos] == 114 and (_v227 := finally_block_rule()) is not None:
                            f = _v227
                            _matched226 = True
                    if not _matched226:
                        pos = _mark228
                    _node = new_node(Try)
                    _node.__dict__ = {'body': b, 'handlers': ex, 'orelse': el or [], 'finalbody': f or [], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
            pos = _start
        # 'try' &&':' b=block ex=except_star_block+ el=[else_block] f=[finally_block] { check_version(p, 11, "Exception groups are", TryStar(b, ex, el or [], f or [], EXTRA)) }
        if _t == 129:
            pos += 1
            if not (tok_type[pos] == 11):
                raise_expected(p, pos, "':'")
            pos += 1
            if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                ex = []
                while True:
                    _mark230 = pos
                    if tok_type[pos] == 113 and (_element229 := except_star_block_rule()) is not None:
                        ex.append(_element229)
                        continue
                    pos = _mark230
                    break
                if ex:
                    el = None
                    _matched231 = False
                    _mark233 = pos
                    if tok_type[pos] == 112:
                        if tok_type[pos] == 112 and (_v232 := else_block_rule()) is not None:
                            el = _v232
                            _matched231 = True
                    if not _matched231:
                        pos = _mark233
                    f = None
                    _matched234 = False
                    _mark236 = pos
                    if tok_type[pos] == 114:
                        if tok_type[pos] == 114 and (_v235 := finally_block_rule()) is not None:
                            f = _v235
                            _matched234 = True
                    if not _matched234:
                        pos = _mark236
                    return check_version(p, 11, "Exception groups are", TryStar(b, ex, el or [], f or [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
            pos = _start
        return None

    # except_block: invalid_except_stmt_indent | 'except' e=expression t=['as' z=NAME { z }] ':' b=block { ExceptHandler(e, t.id if t is not None else None, b, EXTRA) } | 'except' ':' b=block { ExceptHandler(None, None, b, EXTRA) } | invalid_except_stmt
    def except_block_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_except_stmt_indent
        if call_invalid_rules and _t == 113:
            if (_v237 := invalid_except_stmt_indent_rule()) is not None:
                return _v237
            pos = _start
        # 'except' e=expression t=['as' z=NAME { z }] ':' b=block { ExceptHandler(e, t.id if t is not None else None, b, EXTRA) }
        if _t == 113:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (e := expression_rule()) is not None:
                t = None
                _matched238 = False
                _mark239 = pos
                if tok_type[pos] == 104:
                    if tok_type[pos] == 104:
                        pos += 1
                        if tok_type[pos] == 1:
                            z = new_node(Name)
                            z.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                            pos += 1
                            t = z
                            _matched238 = True
                if not _matched238:
                    pos = _mark239
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                        _node = new_node(ExceptHandler)
                        _node.__dict__ = {'type': e, 'name': t.id if t is not None else None, 'body': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        # 'except' ':' b=block { ExceptHandler(None, None, b, EXTRA) }
        if _t == 113:
            pos += 1
            if tok_type[pos] == 11:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                    _node = new_node(ExceptHandler)
                    _node.__dict__ = {'type': None, 'name': None, 'body': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
            pos = _start
        # invalid_except_stmt
        if call_invalid_rules and _t == 113:
            if (_v240 := invalid_except_stmt_rule()) is not None:
                return _v240
            pos = _start
        return None

    # except_star_block: invalid_except_star_stmt_indent | 'except' '*' e=expression t=['as' z=NAME { z }] ':' b=block { ExceptHandler(e, t.id if t is not None else None, b, EXTRA) } | invalid_except_stmt
    def except_star_block_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_except_star_stmt_indent
        if call_invalid_rules and _t == 113:
            if (_v241 := invalid_except_star_stmt_indent_rule()) is not None:
                return _v241
            pos = _start
        # 'except' '*' e=expression t=['as' z=NAME { z }] ':' b=block { ExceptHandler(e, t.id if t is not None else None, b, EXTRA) }
        if _t == 113:
            pos += 1
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (e := expression_rule()) is not None:
                    t = None
                    _matched242 = False
                    _mark243 = pos
                    if tok_type[pos] == 104:
                        if tok_type[pos] == 104:
                            pos += 1
                            if tok_type[pos] == 1:
                                z = new_node(Name)
                                z.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                                pos += 1
                                t = z
                                _matched242 = True
                    if not _matched242:
                        pos = _mark243
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                            _node = new_node(ExceptHandler)
                            _node.__dict__ = {'type': e, 'name': t.id if t is not None else None, 'body': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                            return _node
            pos = _start
        # invalid_except_stmt
        if call_invalid_rules and _t == 113:
            if (_v244 := invalid_except_stmt_rule()) is not None:
                return _v244
            pos = _start
        return None

    # finally_block: invalid_finally_stmt | 'finally' &&':' a=block { a }
    def finally_block_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_finally_stmt
        if call_invalid_rules and _t == 114:
            if (_v245 := invalid_finally_stmt_rule()) is not None:
                return _v245
            pos = _start
        # 'finally' &&':' a=block { a }
        if _t == 114:
            pos += 1
            if not (tok_type[pos] == 11):
                raise_expected(p, pos, "':'")
            pos += 1
            if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (a := block_rule()) is not None:
                return a
            pos = _start
        return None

    # match_stmt: "match" subject=subject_expr ':' NEWLINE INDENT cases=case_block+ DEDENT { check_version(p, 10, "Pattern matching is", Match(subject, cases, EXTRA)) } | invalid_match_stmt
    def match_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # "match" subject=subject_expr ':' NEWLINE INDENT cases=case_block+ DEDENT { check_version(p, 10, "Pattern matching is", Match(subject, cases, EXTRA)) }
        if _t == 1:
            if tok_type[pos] == 1 and tok_string[pos] == 'match':
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (subject := subject_expr_rule()) is not None:
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] == 4:
                            pos += 1
                            if tok_type[pos] == 5:
                                pos += 1
                                cases = []
                                while True:
                                    _mark247 = pos
                                    if tok_type[pos] == 1 and (_element246 := case_block_rule()) is not None:
                                        cases.append(_element246)
                                        continue
                                    pos = _mark247
                                    break
                                if cases:
                                    if tok_type[pos] == 6:
                                        pos += 1
                                        return check_version(p, 10, "Pattern matching is", Match(subject, cases, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
            pos = _start
        # invalid_match_stmt
        if call_invalid_rules and _t == 1:
            if (_v248 := invalid_match_stmt_rule()) is not None:
                return _v248
            pos = _start
        return None

    # subject_expr: value=star_named_expression ',' values=star_named_expressions? { Tuple([value] + (values or []), LOAD, EXTRA) } | named_expression
    def subject_expr_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # value=star_named_expression ',' values=star_named_expressions? { Tuple([value] + (values or []), LOAD, EXTRA) }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (value := star_named_expression_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    values = star_named_expressions_rule() if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} else None
                    _node = new_node(Tuple)
                    _node.__dict__ = {'elts': [value] + (values or []), 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
            pos = _start
        # named_expression
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v249 := named_expression_rule()) is not None:
                return _v249
            pos = _start
        return None

    # case_block: invalid_case_block | "case" pattern=patterns guard=guard? ':' body=block { match_case(pattern, guard, body) }
    def case_block_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_case_block
        if call_invalid_rules and _t == 1:
            if (_v250 := invalid_case_block_rule()) is not None:
                return _v250
            pos = _start
        # "case" pattern=patterns guard=guard? ':' body=block { match_case(pattern, guard, body) }
        if _t == 1:
            if tok_type[pos] == 1 and tok_string[pos] == 'case':
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102} and (pattern := patterns_rule()) is not None:
                    guard = guard_rule() if tok_type[pos] == 118 else None
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (body := block_rule()) is not None:
                            _node = new_node(match_case)
                            _node.__dict__ = {'pattern': pattern, 'guard': guard, 'body': body}
                            return _node
            pos = _start
        return None

    # guard: 'if' guard=named_expression { guard }
    def guard_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'if' guard=named_expression { guard }
        if _t == 118:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (guard := named_expression_rule()) is not None:
                return guard
            pos = _start
        return None

    # patterns: patterns=open_sequence_pattern { MatchSequence(patterns, EXTRA) } | pattern
    def patterns_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # patterns=open_sequence_pattern { MatchSequence(patterns, EXTRA) }
        if _t in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102}:
            if (patterns := open_sequence_pattern_rule()) is not None:
                _node = new_node(MatchSequence)
                _node.__dict__ = {'patterns': patterns, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        # pattern
        if _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
            if (_v251 := pattern_rule()) is not None:
                return _v251
            pos = _start
        return None

    # pattern: as_pattern | or_pattern
    def pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # as_pattern
        if _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
            if (_v252 := as_pattern_rule()) is not None:
                return _v252
            pos = _start
        # or_pattern
        if _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
            if (_v253 := or_pattern_rule()) is not None:
                return _v253
            pos = _start
        return None

    # as_pattern: pattern=or_pattern 'as' target=pattern_capture_target { MatchAs(pattern, target.id, EXTRA) } | invalid_as_pattern
    def as_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # pattern=or_pattern 'as' target=pattern_capture_target { MatchAs(pattern, target.id, EXTRA) }
        if _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
            if (pattern := or_pattern_rule()) is not None:
                if tok_type[pos] == 104:
                    pos += 1
                    if tok_type[pos] == 1 and (target := pattern_capture_target_rule()) is not None:
                        _node = new_node(MatchAs)
                        _node.__dict__ = {'pattern': pattern, 'name': target.id, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        # invalid_as_pattern
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
            if (_v254 := invalid_as_pattern_rule()) is not None:
                return _v254
            pos = _start
        return None

    # or_pattern: patterns='|'.closed_pattern+ { patterns[0] if len(patterns) == 1 else MatchOr(patterns, EXTRA) }
    def or_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # patterns='|'.closed_pattern+ { patterns[0] if len(patterns) == 1 else MatchOr(patterns, EXTRA) }
        if _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (_element255 := closed_pattern_rule()) is not None:
                patterns = [_element255]
                while True:
                    _mark256 = pos
                    if tok_type[pos] == 18:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (_element257 := closed_pattern_rule()) is not None:
                            patterns.append(_element257)
                            continue
                    pos = _mark256
                    break
                return patterns[0] if len(patterns) == 1 else MatchOr(patterns, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern | group_pattern | sequence_pattern | mapping_pattern | class_pattern
    def closed_pattern_rule():
        nonlocal pos
        _start = pos
        _hit = closed_pattern_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        # literal_pattern
        if _t in {2, 3, 15, 61, 100, 101, 102}:
            if (_v258 := literal_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v258, pos)
                return _v258
            pos = _start
        # capture_pattern
        if _t == 1:
            if (_v259 := capture_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v259, pos)
                return _v259
            pos = _start
        # wildcard_pattern
        if _t == 1:
            if (_v260 := wildcard_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v260, pos)
                return _v260
            pos = _start
        # value_pattern
        if _t == 1:
            if (_v261 := value_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v261, pos)
                return _v261
            pos = _start
        # group_pattern
        if _t == 7:
            if (_v262 := group_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v262, pos)
                return _v262
            pos = _start
        # sequence_pattern
        if _t in {7, 9}:
            if (_v263 := sequence_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v263, pos)
                return _v263
            pos = _start
        # mapping_pattern
        if _t == 25:
            if (_v264 := mapping_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v264, pos)
                return _v264
            pos = _start
        # class_pattern
        if _t == 1:
            if (_v265 := class_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v265, pos)
                return _v265
            pos = _start
        closed_pattern_memo[_start] = (None, _start)
        return None

    # literal_pattern: value=signed_number !('+' | '-') { MatchValue(value, EXTRA) } | value=complex_number { MatchValue(value, EXTRA) } | value=strings { MatchValue(value, EXTRA) } | 'None' { MatchSingleton(None, EXTRA) } | 'True' { MatchSingleton(True, EXTRA) } | 'False' { MatchSingleton(False, EXTRA) }
    def literal_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # value=signed_number !('+' | '-') { MatchValue(value, EXTRA) }
        if _t in {2, 15}:
            if (value := signed_number_rule()) is not None:
                if not (tok_type[pos] in {14, 15}):
                    _node = new_node(MatchValue)
                    _node.__dict__ = {'value': value, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
            pos = _start
        # value=complex_number { MatchValue(value, EXTRA) }
        if _t in {2, 15}:
            if (value := complex_number_rule()) is not None:
                _node = new_node(MatchValue)
                _node.__dict__ = {'value': value, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        # value=strings { MatchValue(value, EXTRA) }
        if _t in {3, 61}:
            if (value := strings_rule()) is not None:
                _node = new_node(MatchValue)
                _node.__dict__ = {'value': value, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        # 'None' { MatchSingleton(None, EXTRA) }
        if _t == 101:
            pos += 1
            _node = new_node(MatchSingleton)
            _node.__dict__ = {'value': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        # 'True' { MatchSingleton(True, EXTRA) }
        if _t == 102:
            pos += 1
            _node = new_node(MatchSingleton)
            _node.__dict__ = {'value': True, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        # 'False' { MatchSingleton(False, EXTRA) }
        if _t == 100:
            pos += 1
            _node = new_node(MatchSingleton)
            _node.__dict__ = {'value': False, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        return None

    # literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' { Constant(None, None, EXTRA) } | 'True' { Constant(True, None, EXTRA) } | 'False' { Constant(False, None, EXTRA) }
    def literal_expr_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # signed_number !('+' | '-')
        if _t in {2, 15}:
            if (_v266 := signed_number_rule()) is not None:
                if not (tok_type[pos] in {14, 15}):
                    return _v266
            pos = _start
        # complex_number
        if _t in {2, 15}:
            if (_v267 := complex_number_rule()) is not None:
                return _v267
            pos = _start
        # strings
        if _t in {3, 61}:
            if (_v268 := strings_rule()) is not None:
                return _v268
            pos = _start
        # 'None' { Constant(None, None, EXTRA) }
        if _t == 101:
            pos += 1
            _node = new_node(Constant)
            _node.__dict__ = {'value': None, 'kind': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        # 'True' { Constant(True, None, EXTRA) }
        if _t == 102:
            pos += 1
            _node = new_node(Constant)
            _node.__dict__ = {'value': True, 'kind': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        # 'False' { Constant(False, None, EXTRA) }
        if _t == 100:
            pos += 1
            _node = new_node(Constant)
            _node.__dict__ = {'value': False, 'kind': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        return None

    # complex_number: real=signed_real_number '+' imag=imaginary_number { BinOp(real, ADD, imag, EXTRA) } | real=signed_real_number '-' imag=imaginary_number { BinOp(real, SUB, imag, EXTRA) }
    def complex_number_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 2 alternatives begin with signed_real_number: parse it once
        _shared269 = signed_real_number_rule() if _t in {2, 15} else None
        _shared_end270 = pos
        pos = _start
        # real=signed_real_number '+' imag=imaginary_number { BinOp(real, ADD, imag, EXTRA) }
        if _shared269 is not None:
            pos = _shared_end270
            real = _shared269
            if tok_type[pos] == 14:
                pos += 1
                if tok_type[pos] == 2 and (imag := imaginary_number_rule()) is not None:
                    _node = new_node(BinOp)
                    _node.__dict__ = {'left': real, 'op': ADD, 'right': imag, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
        pos = _start
        # real=signed_real_number '-' imag=imaginary_number { BinOp(real, SUB, imag, EXTRA) }
        if _shared269 is not None:
            pos = _shared_end270
            real = _shared269
            if tok_type[pos] == 15:
                pos += 1
                if tok_type[pos] == 2 and (imag := imaginary_number_rule()) is not None:
                    _node = new_node(BinOp)
                    _node.__dict__ = {'left': real, 'op': SUB, 'right': imag, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
        pos = _start
        return None

    # signed_number: NUMBER | '-' number=NUMBER { UnaryOp(USUB, number, EXTRA) }
    def signed_number_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # NUMBER
        if _t == 2:
            _v271 = new_node(Constant)
            _v271.__dict__ = {'value': parse_number(p, pos), 'kind': None, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            return _v271
            pos = _start
        # '-' number=NUMBER { UnaryOp(USUB, number, EXTRA) }
        if _t == 15:
            pos += 1
            if tok_type[pos] == 2:
                number = new_node(Constant)
                number.__dict__ = {'value': parse_number(p, pos), 'kind': None, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                pos += 1
                _node = new_node(UnaryOp)
                _node.__dict__ = {'op': USUB, 'operand': number, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # signed_real_number: real_number | '-' real=real_number { UnaryOp(USUB, real, EXTRA) }
    def signed_real_number_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # real_number
        if _t == 2:
            if (_v272 := real_number_rule()) is not None:
                return _v272
            pos = _start
        # '-' real=real_number { UnaryOp(USUB, real, EXTRA) }
        if _t == 15:
            pos += 1
            if tok_type[pos] == 2 and (real := real_number_rule()) is not None:
                _node = new_node(UnaryOp)
                _node.__dict__ = {'op': USUB, 'operand': real, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # real_number: real=NUMBER { ensure_real(p, real) }
    def real_number_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # real=NUMBER { ensure_real(p, real) }
        if _t == 2:
            real = new_node(Constant)
            real.__dict__ = {'value': parse_number(p, pos), 'kind': None, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            return ensure_real(p, real)
            pos = _start
        return None

    # imaginary_number: imag=NUMBER { ensure_imaginary(p, imag) }
    def imaginary_number_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # imag=NUMBER { ensure_imaginary(p, imag) }
        if _t == 2:
            imag = new_node(Constant)
            imag.__dict__ = {'value': parse_number(p, pos), 'kind': None, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            return ensure_imaginary(p, imag)
            pos = _start
        return None

    # capture_pattern: target=pattern_capture_target { MatchAs(None, target.id, EXTRA) }
    def capture_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # target=pattern_capture_target { MatchAs(None, target.id, EXTRA) }
        if _t == 1:
            if (target := pattern_capture_target_rule()) is not None:
                _node = new_node(MatchAs)
                _node.__dict__ = {'pattern': None, 'name': target.id, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # pattern_capture_target: !"_" name=NAME !('.' | '(' | '=') { set_expr_context(name, STORE) }
    def pattern_capture_target_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # !"_" name=NAME !('.' | '(' | '=') { set_expr_context(name, STORE) }
        if _t == 1:
            if not (tok_type[pos] == 1 and tok_string[pos] == '_'):
                if tok_type[pos] == 1:
                    name = new_node(Name)
                    name.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    if not (tok_type[pos] in {7, 22, 23}):
                        return set_expr_context(name, STORE)
            pos = _start
        return None

    # wildcard_pattern: "_" { MatchAs(None, None, EXTRA) }
    def wildcard_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # "_" { MatchAs(None, None, EXTRA) }
        if _t == 1:
            if tok_type[pos] == 1 and tok_string[pos] == '_':
                pos += 1
                _node = new_node(MatchAs)
                _node.__dict__ = {'pattern': None, 'name': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # value_pattern: attr=attr !('.' | '(' | '=') { MatchValue(attr, EXTRA) }
    def value_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # attr=attr !('.' | '(' | '=') { MatchValue(attr, EXTRA) }
        if _t == 1:
            if (attr := attr_rule()) is not None:
                if not (tok_type[pos] in {7, 22, 23}):
                    _node = new_node(MatchValue)
                    _node.__dict__ = {'value': attr, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
            pos = _start
        return None

    # attr: value=name_or_attr '.' attr=NAME { Attribute(value, attr.id, LOAD, EXTRA) }
    def _attr_rule_body():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # value=name_or_attr '.' attr=NAME { Attribute(value, attr.id, LOAD, EXTRA) }
        if _t == 1:
            if (value := name_or_attr_rule()) is not None:
                if tok_type[pos] == 23:
                    pos += 1
                    if tok_type[pos] == 1:
                        attr = new_node(Name)
                        attr.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                        pos += 1
                        _node = new_node(Attribute)
                        _node.__dict__ = {'value': value, 'attr': attr.id, 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        return None
    def attr_rule():
        nonlocal pos
        _start = pos
        _hit = attr_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _last, _last_end = None, _start
        attr_memo[_start] = (None, _start)  # the first round sees a failure here
        while True:
            pos = _start
            _result = _attr_rule_body()
            if _result is None or pos <= _last_end:
                break
            _last, _last_end = _result, pos
            attr_memo[_start] = (_result, pos)
        pos = _last_end
        return _last

    # name_or_attr: attr | NAME
    def name_or_attr_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # attr
        if _t == 1:
            if (_v273 := attr_rule()) is not None:
                return _v273
            pos = _start
        # NAME
        if _t == 1:
            _v274 = new_node(Name)
            _v274.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            return _v274
            pos = _start
        return None

    # group_pattern: '(' pattern=pattern ')' { pattern }
    def group_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '(' pattern=pattern ')' { pattern }
        if _t == 7:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (pattern := pattern_rule()) is not None:
                if tok_type[pos] == 8:
                    pos += 1
                    return pattern
            pos = _start
        return None

    # sequence_pattern: '[' patterns=maybe_sequence_pattern? ']' { MatchSequence(patterns or [], EXTRA) } | '(' patterns=open_sequence_pattern? ')' { MatchSequence(patterns or [], EXTRA) }
    def sequence_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '[' patterns=maybe_sequence_pattern? ']' { MatchSequence(patterns or [], EXTRA) }
        if _t == 9:
            pos += 1
            patterns = maybe_sequence_pattern_rule() if tok_type[pos] in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102} else None
            if tok_type[pos] == 10:
                pos += 1
                _node = new_node(MatchSequence)
                _node.__dict__ = {'patterns': patterns or [], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        # '(' patterns=open_sequence_pattern? ')' { MatchSequence(patterns or [], EXTRA) }
        if _t == 7:
            pos += 1
            patterns = open_sequence_pattern_rule() if tok_type[pos] in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102} else None
            if tok_type[pos] == 8:
                pos += 1
                _node = new_node(MatchSequence)
                _node.__dict__ = {'patterns': patterns or [], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # open_sequence_pattern: pattern=maybe_star_pattern ',' patterns=maybe_sequence_pattern? { [pattern] + (patterns or []) }
    def open_sequence_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # pattern=maybe_star_pattern ',' patterns=maybe_sequence_pattern? { [pattern] + (patterns or []) }
        if _t in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102}:
            if (pattern := maybe_star_pattern_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    patterns = maybe_sequence_pattern_rule() if tok_type[pos] in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102} else None
                    return [pattern] + (patterns or [])
            pos = _start
        return None

    # maybe_sequence_pattern: patterns=','.maybe_star_pattern+ ','? { patterns }
    def maybe_sequence_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # patterns=','.maybe_star_pattern+ ','? { patterns }
        if _t in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102} and (_element275 := maybe_star_pattern_rule()) is not None:
                patterns = [_element275]
                while True:
                    _mark276 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102} and (_element277 := maybe_star_pattern_rule()) is not None:
                            patterns.append(_element277)
                            continue
                    pos = _mark276
                    break
                if tok_type[pos] == 12:
                    pos += 1
                return patterns
            pos = _start
        return None

    # maybe_star_pattern: star_pattern | pattern
    def maybe_star_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # star_pattern
        if _t == 16:
            if (_v278 := star_pattern_rule()) is not None:
                return _v278
            pos = _start
        # pattern
        if _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
            if (_v279 := pattern_rule()) is not None:
                return _v279
            pos = _start
        return None

    # star_pattern: '*' target=pattern_capture_target { MatchStar(target.id, EXTRA) } | '*' wildcard_pattern { MatchStar(None, EXTRA) }
    if error_pass:  # the first pass does not memoize star_pattern
        def star_pattern_rule():
            nonlocal pos
            _start = pos
            _hit = star_pattern_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # '*' target=pattern_capture_target { MatchStar(target.id, EXTRA) }
            if _t == 16:
                pos += 1
                if tok_type[pos] == 1 and (target := pattern_capture_target_rule()) is not None:
                    _node = new_node(MatchStar)
                    _node.__dict__ = {'name': target.id, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    star_pattern_memo[_start] = (_node, pos)
                    return _node
                pos = _start
            # '*' wildcard_pattern { MatchStar(None, EXTRA) }
            if _t == 16:
                pos += 1
                if tok_type[pos] == 1 and (_ := wildcard_pattern_rule()) is not None:
                    _node = new_node(MatchStar)
                    _node.__dict__ = {'name': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    star_pattern_memo[_start] = (_node, pos)
                    return _node
                pos = _start
            star_pattern_memo[_start] = (None, _start)
            return None
    else:
        def star_pattern_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # '*' target=pattern_capture_target { MatchStar(target.id, EXTRA) }
            if _t == 16:
                pos += 1
                if tok_type[pos] == 1 and (target := pattern_capture_target_rule()) is not None:
                    _node = new_node(MatchStar)
                    _node.__dict__ = {'name': target.id, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
                pos = _start
            # '*' wildcard_pattern { MatchStar(None, EXTRA) }
            if _t == 16:
                pos += 1
                if tok_type[pos] == 1 and (_ := wildcard_pattern_rule()) is not None:
                    _node = new_node(MatchStar)
                    _node.__dict__ = {'name': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
                pos = _start
            return None

    # mapping_pattern: '{' '}' { MatchMapping([], [], None, EXTRA) } | '{' rest=double_star_pattern ','? '}' { MatchMapping([], [], rest.id, EXTRA) } | '{' items=items_pattern ',' rest=double_star_pattern ','? '}' { MatchMapping([key for key, _ in items], [pattern for _, pattern in items], rest.id, EXTRA) } | '{' items=items_pattern ','? '}' { MatchMapping([key for key, _ in items], [pattern for _, pattern in items], None, EXTRA) }
    def mapping_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '{' '}' { MatchMapping([], [], None, EXTRA) }
        if _t == 25:
            pos += 1
            if tok_type[pos] == 26:
                pos += 1
                _node = new_node(MatchMapping)
                _node.__dict__ = {'keys': [], 'patterns': [], 'rest': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        # '{' rest=double_star_pattern ','? '}' { MatchMapping([], [], rest.id, EXTRA) }
        if _t == 25:
            pos += 1
            if tok_type[pos] == 35 and (rest := double_star_pattern_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                if tok_type[pos] == 26:
                    pos += 1
                    _node = new_node(MatchMapping)
                    _node.__dict__ = {'keys': [], 'patterns': [], 'rest': rest.id, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
            pos = _start
        # '{' items=items_pattern ',' rest=double_star_pattern ','? '}' { MatchMapping([key for key, _ in items], [pattern for _, pattern in items], rest.id, EXTRA) }
        if _t == 25:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 15, 61, 100, 101, 102} and (items := items_pattern_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] == 35 and (rest := double_star_pattern_rule()) is not None:
                        if tok_type[pos] == 12:
                            pos += 1
                        if tok_type[pos] == 26:
                            pos += 1
                            _node = new_node(MatchMapping)
                            _node.__dict__ = {'keys': [key for key, _ in items], 'patterns': [pattern for _, pattern in items], 'rest': rest.id, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                            return _node
            pos = _start
        # '{' items=items_pattern ','? '}' { MatchMapping([key for key, _ in items], [pattern for _, pattern in items], None, EXTRA) }
        if _t == 25:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 15, 61, 100, 101, 102} and (items := items_pattern_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                if tok_type[pos] == 26:
                    pos += 1
                    _node = new_node(MatchMapping)
                    _node.__dict__ = {'keys': [key for key, _ in items], 'patterns': [pattern for _, pattern in items], 'rest': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
            pos = _start
        return None

    # items_pattern: ','.key_value_pattern+
    def items_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ','.key_value_pattern+
        if _t in {1, 2, 3, 15, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 15, 61, 100, 101, 102} and (_element281 := key_value_pattern_rule()) is not None:
                _v280 = [_element281]
                while True:
                    _mark282 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 15, 61, 100, 101, 102} and (_element283 := key_value_pattern_rule()) is not None:
                            _v280.append(_element283)
                            continue
                    pos = _mark282
                    break
                return _v280
            pos = _start
        return None

    # key_value_pattern: key=(literal_expr | attr) ':' pattern=pattern { (key, pattern) }
    def key_value_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # key=(literal_expr | attr) ':' pattern=pattern { (key, pattern) }
        if _t in {1, 2, 3, 15, 61, 100, 101, 102}:
            if (tok_type[pos] in {2, 3, 15, 61, 100, 101, 102} and (key := literal_expr_rule()) is not None) or (tok_type[pos] == 1 and (key := attr_rule()) is not None):
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (pattern := pattern_rule()) is not None:
                        return (key, pattern)
            pos = _start
        return None

    # double_star_pattern: '**' target=pattern_capture_target { target }
    def double_star_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '**' target=pattern_capture_target { target }
        if _t == 35:
            pos += 1
            if tok_type[pos] == 1 and (target := pattern_capture_target_rule()) is not None:
                return target
            pos = _start
        return None

    # class_pattern: cls=name_or_attr '(' ')' { MatchClass(cls, [], [], [], EXTRA) } | cls=name_or_attr '(' patterns=positional_patterns ','? ')' { MatchClass(cls, patterns, [], [], EXTRA) } | cls=name_or_attr '(' keywords=keyword_patterns ','? ')' { MatchClass(cls, [], [key.id for key, _ in keywords], [pattern for _, pattern in keywords], EXTRA) } | cls=name_or_attr '(' patterns=positional_patterns ',' keywords=keyword_patterns ','? ')' { MatchClass(cls, patterns, [key.id for key, _ in keywords], [pattern for _, pattern in keywords], EXTRA) } | invalid_class_pattern
    def class_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 4 alternatives begin with name_or_attr: parse it once
        _shared284 = name_or_attr_rule() if _t == 1 else None
        _shared_end285 = pos
        pos = _start
        # cls=name_or_attr '(' ')' { MatchClass(cls, [], [], [], EXTRA) }
        if _shared284 is not None:
            pos = _shared_end285
            cls = _shared284
            if tok_type[pos] == 7:
                pos += 1
                if tok_type[pos] == 8:
                    pos += 1
                    _node = new_node(MatchClass)
                    _node.__dict__ = {'cls': cls, 'patterns': [], 'kwd_attrs': [], 'kwd_patterns': [], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
        pos = _start
        # cls=name_or_attr '(' patterns=positional_patterns ','? ')' { MatchClass(cls, patterns, [], [], EXTRA) }
        if _shared284 is not None:
            pos = _shared_end285
            cls = _shared284
            if tok_type[pos] == 7:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (patterns := positional_patterns_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                    if tok_type[pos] == 8:
                        pos += 1
                        _node = new_node(MatchClass)
                        _node.__dict__ = {'cls': cls, 'patterns': patterns, 'kwd_attrs': [], 'kwd_patterns': [], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
        pos = _start
        # cls=name_or_attr '(' keywords=keyword_patterns ','? ')' { MatchClass(cls, [], [key.id for key, _ in keywords], [pattern for _, pattern in keywords], EXTRA) }
        if _shared284 is not None:
            pos = _shared_end285
            cls = _shared284
            if tok_type[pos] == 7:
                pos += 1
                if tok_type[pos] == 1 and (keywords := keyword_patterns_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                    if tok_type[pos] == 8:
                        pos += 1
                        _node = new_node(MatchClass)
                        _node.__dict__ = {'cls': cls, 'patterns': [], 'kwd_attrs': [key.id for key, _ in keywords], 'kwd_patterns': [pattern for _, pattern in keywords], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
        pos = _start
        # cls=name_or_attr '(' patterns=positional_patterns ',' keywords=keyword_patterns ','? ')' { MatchClass(cls, patterns, [key.id for key, _ in keywords], [pattern for _, pattern in keywords], EXTRA) }
        if _shared284 is not None:
            pos = _shared_end285
            cls = _shared284
            if tok_type[pos] == 7:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (patterns := positional_patterns_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] == 1 and (keywords := keyword_patterns_rule()) is not None:
                            if tok_type[pos] == 12:
                                pos += 1
                            if tok_type[pos] == 8:
                                pos += 1
                                _node = new_node(MatchClass)
                                _node.__dict__ = {'cls': cls, 'patterns': patterns, 'kwd_attrs': [key.id for key, _ in keywords], 'kwd_patterns': [pattern for _, pattern in keywords], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                                return _node
        pos = _start
        # invalid_class_pattern
        if call_invalid_rules and _t == 1:
            if (_v286 := invalid_class_pattern_rule()) is not None:
                return _v286
            pos = _start
        return None

    # positional_patterns: args=','.pattern+ { args }
    def positional_patterns_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # args=','.pattern+ { args }
        if _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (_element287 := pattern_rule()) is not None:
                args = [_element287]
                while True:
                    _mark288 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (_element289 := pattern_rule()) is not None:
                            args.append(_element289)
                            continue
                    pos = _mark288
                    break
                return args
            pos = _start
        return None

    # keyword_patterns: ','.keyword_pattern+
    def keyword_patterns_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ','.keyword_pattern+
        if _t == 1:
            if tok_type[pos] == 1 and (_element291 := keyword_pattern_rule()) is not None:
                _v290 = [_element291]
                while True:
                    _mark292 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] == 1 and (_element293 := keyword_pattern_rule()) is not None:
                            _v290.append(_element293)
                            continue
                    pos = _mark292
                    break
                return _v290
            pos = _start
        return None

    # keyword_pattern: arg=NAME '=' value=pattern { (arg, value) }
    def keyword_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # arg=NAME '=' value=pattern { (arg, value) }
        if _t == 1:
            arg = new_node(Name)
            arg.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            if tok_type[pos] == 22:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (value := pattern_rule()) is not None:
                    return (arg, value)
            pos = _start
        return None

    # type_alias: "type" n=NAME t=[type_params] '=' b=expression { check_version(p, 12, "Type statement is", TypeAlias(set_expr_context(n, STORE), t or [], b, EXTRA)) }
    def type_alias_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # "type" n=NAME t=[type_params] '=' b=expression { check_version(p, 12, "Type statement is", TypeAlias(set_expr_context(n, STORE), t or [], b, EXTRA)) }
        if _t == 1:
            if tok_type[pos] == 1 and tok_string[pos] == 'type':
                pos += 1
                if tok_type[pos] == 1:
                    n = new_node(Name)
                    n.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    t = None
                    _matched294 = False
                    _mark296 = pos
                    if tok_type[pos] == 9:
                        if tok_type[pos] == 9 and (_v295 := type_params_rule()) is not None:
                            t = _v295
                            _matched294 = True
                    if not _matched294:
                        pos = _mark296
                    if tok_type[pos] == 22:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                            return check_version(p, 12, "Type statement is", TypeAlias(set_expr_context(n, STORE), t or [], b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
            pos = _start
        return None

    # type_params: '[' t=type_param_seq ']' { check_version(p, 12, "Type parameter lists are", t) }
    def type_params_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '[' t=type_param_seq ']' { check_version(p, 12, "Type parameter lists are", t) }
        if _t == 9:
            pos += 1
            if tok_type[pos] in {1, 16, 35} and (t := type_param_seq_rule()) is not None:
                if tok_type[pos] == 10:
                    pos += 1
                    return check_version(p, 12, "Type parameter lists are", t)
            pos = _start
        return None

    # type_param_seq: a=','.type_param+ [','] { a }
    def type_param_seq_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.type_param+ [','] { a }
        if _t in {1, 16, 35}:
            if tok_type[pos] in {1, 16, 35} and (_element297 := type_param_rule()) is not None:
                a = [_element297]
                while True:
                    _mark298 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 16, 35} and (_element299 := type_param_rule()) is not None:
                            a.append(_element299)
                            continue
                    pos = _mark298
                    break
                if tok_type[pos] == 12:
                    pos += 1
                return a
            pos = _start
        return None

    # type_param: a=NAME b=[type_param_bound] { TypeVar(a.id, b, EXTRA) } | '*' a=NAME colon=':' e=expression { raise_starting_from(p, colon, "cannot use constraints with TypeVarTuple" if isinstance(e, Tuple) else "cannot use bound with TypeVarTuple") } | '*' a=NAME { TypeVarTuple(a.id, EXTRA) } | '**' a=NAME colon=':' e=expression { raise_starting_from(p, colon, "cannot use constraints with ParamSpec" if isinstance(e, Tuple) else "cannot use bound with ParamSpec") } | '**' a=NAME { ParamSpec(a.id, EXTRA) }
    if error_pass:  # the first pass does not memoize type_param
        def type_param_rule():
            nonlocal pos
            _start = pos
            _hit = type_param_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # a=NAME b=[type_param_bound] { TypeVar(a.id, b, EXTRA) }
            if _t == 1:
                a = new_node(Name)
                a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                pos += 1
                b = None
                _matched300 = False
                _mark302 = pos
                if tok_type[pos] == 11:
                    if tok_type[pos] == 11 and (_v301 := type_param_bound_rule()) is not None:
                        b = _v301
                        _matched300 = True
                if not _matched300:
                    pos = _mark302
                _node = new_node(TypeVar)
                _node.__dict__ = {'name': a.id, 'bound': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                type_param_memo[_start] = (_node, pos)
                return _node
                pos = _start
            # '*' a=NAME colon=':' e=expression { raise_starting_from(p, colon, "cannot use constraints with TypeVarTuple" if isinstance(e, Tuple) else "cannot use bound with TypeVarTuple") }
            if _t == 16:
                pos += 1
                if tok_type[pos] == 1:
                    a = new_node(Name)
                    a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    if tok_type[pos] == 11:
                        colon = pos
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (e := expression_rule()) is not None:
                            type_param_memo[_start] = (raise_starting_from(p, colon, "cannot use constraints with TypeVarTuple" if isinstance(e, Tuple) else "cannot use bound with TypeVarTuple"), pos)
                            return raise_starting_from(p, colon, "cannot use constraints with TypeVarTuple" if isinstance(e, Tuple) else "cannot use bound with TypeVarTuple")
                pos = _start
            # '*' a=NAME { TypeVarTuple(a.id, EXTRA) }
            if _t == 16:
                pos += 1
                if tok_type[pos] == 1:
                    a = new_node(Name)
                    a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    _node = new_node(TypeVarTuple)
                    _node.__dict__ = {'name': a.id, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    type_param_memo[_start] = (_node, pos)
                    return _node
                pos = _start
            # '**' a=NAME colon=':' e=expression { raise_starting_from(p, colon, "cannot use constraints with ParamSpec" if isinstance(e, Tuple) else "cannot use bound with ParamSpec") }
            if _t == 35:
                pos += 1
                if tok_type[pos] == 1:
                    a = new_node(Name)
                    a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    if tok_type[pos] == 11:
                        colon = pos
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (e := expression_rule()) is not None:
                            type_param_memo[_start] = (raise_starting_from(p, colon, "cannot use constraints with ParamSpec" if isinstance(e, Tuple) else "cannot use bound with ParamSpec"), pos)
                            return raise_starting_from(p, colon, "cannot use constraints with ParamSpec" if isinstance(e, Tuple) else "cannot use bound with ParamSpec")
                pos = _start
            # '**' a=NAME { ParamSpec(a.id, EXTRA) }
            if _t == 35:
                pos += 1
                if tok_type[pos] == 1:
                    a = new_node(Name)
                    a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    _node = new_node(ParamSpec)
                    _node.__dict__ = {'name': a.id, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    type_param_memo[_start] = (_node, pos)
                    return _node
                pos = _start
            type_param_memo[_start] = (None, _start)
            return None
    else:
        def type_param_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # a=NAME b=[_v301=type_param_bound] { TypeVar(a.id, b, EXTRA) }
            if _t == 1:
                a = new_node(Name)
                a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                pos += 1
                b = None
                _matched303 = False
                _mark304 = pos
                if tok_type[pos] == 11:
                    if tok_type[pos] == 11 and (_v301 := type_param_bound_rule()) is not None:
                        b = _v301
                        _matched303 = True
                if not _matched303:
                    pos = _mark304
                _node = new_node(TypeVar)
                _node.__dict__ = {'name': a.id, 'bound': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
                pos = _start
            # '*' a=NAME colon=':' e=expression { raise_starting_from(p, colon, "cannot use constraints with TypeVarTuple" if isinstance(e, Tuple) else "cannot use bound with TypeVarTuple") }
            if _t == 16:
                pos += 1
                if tok_type[pos] == 1:
                    a = new_node(Name)
                    a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    if tok_type[pos] == 11:
                        colon = pos
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (e := expression_rule()) is not None:
                            return raise_starting_from(p, colon, "cannot use constraints with TypeVarTuple" if isinstance(e, Tuple) else "cannot use bound with TypeVarTuple")
                pos = _start
            # '*' a=NAME { TypeVarTuple(a.id, EXTRA) }
            if _t == 16:
                pos += 1
                if tok_type[pos] == 1:
                    a = new_node(Name)
                    a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    _node = new_node(TypeVarTuple)
                    _node.__dict__ = {'name': a.id, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
                pos = _start
            # '**' a=NAME colon=':' e=expression { raise_starting_from(p, colon, "cannot use constraints with ParamSpec" if isinstance(e, Tuple) else "cannot use bound with ParamSpec") }
            if _t == 35:
                pos += 1
                if tok_type[pos] == 1:
                    a = new_node(Name)
                    a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    if tok_type[pos] == 11:
                        colon = pos
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (e := expression_rule()) is not None:
                            return raise_starting_from(p, colon, "cannot use constraints with ParamSpec" if isinstance(e, Tuple) else "cannot use bound with ParamSpec")
                pos = _start
            # '**' a=NAME { ParamSpec(a.id, EXTRA) }
            if _t == 35:
                pos += 1
                if tok_type[pos] == 1:
                    a = new_node(Name)
                    a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    _node = new_node(ParamSpec)
                    _node.__dict__ = {'name': a.id, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
                pos = _start
            return None

    # type_param_bound: ':' e=expression { e }
    def type_param_bound_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ':' e=expression { e }
        if _t == 11:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (e := expression_rule()) is not None:
                return e
            pos = _start
        return None

    # expressions: a=expression b=(',' c=expression { c })+ [','] { Tuple([a] + b, LOAD, EXTRA) } | a=expression ',' { Tuple([a], LOAD, EXTRA) } | expression
    def expressions_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # SPEED: if nothing but primary matches here, expressions is what primary gives
        if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            _hit = primary_memo.get(_start)
            if _hit is None:
                _value = primary_rule()
            else:
                _value, pos = _hit
            if _value is not None and tok_type[pos] not in {12, 14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 103, 118, 120, 121, 124, 125}:
                return _value
            pos = _start
        # the next 3 alternatives begin with expression: parse it once
        _shared305 = expression_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} else None
        _shared_end306 = pos
        pos = _start
        # a=expression b=(',' c=expression { c })+ [','] { Tuple([a] + b, LOAD, EXTRA) }
        if _shared305 is not None:
            pos = _shared_end306
            a = _shared305
            b = []
            while True:
                _mark308 = pos
                _mark309 = pos
                if tok_type[pos] == 12:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (c := expression_rule()) is not None:
                            _element307 = c
                            b.append(_element307)
                            continue
                pos = _mark309
                pos = _mark308
                break
            if b:
                if tok_type[pos] == 12:
                    pos += 1
                _node = new_node(Tuple)
                _node.__dict__ = {'elts': [a] + b, 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
        pos = _start
        # a=expression ',' { Tuple([a], LOAD, EXTRA) }
        if _shared305 is not None:
            pos = _shared_end306
            a = _shared305
            if tok_type[pos] == 12:
                pos += 1
                _node = new_node(Tuple)
                _node.__dict__ = {'elts': [a], 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
        pos = _start
        # expression
        if _shared305 is not None:
            pos = _shared_end306
            _v310 = _shared305
            return _v310
        pos = _start
        return None

    # expression: invalid_expression | invalid_legacy_expression | a=disjunction 'if' b=disjunction 'else' c=expression { IfExp(b, a, c, EXTRA) } | disjunction | lambdef
    def expression_rule():
        nonlocal pos
        _start = pos
        _hit = expression_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        # SPEED: if nothing but primary matches here, expression is what primary gives
        if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            _hit = primary_memo.get(_start)
            if _hit is None:
                _value = primary_rule()
            else:
                _value, pos = _hit
            if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 103, 118, 120, 121, 124, 125}:
                expression_memo[_start] = (_value, pos)
                return _value
            pos = _start
        # invalid_expression
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v311 := invalid_expression_rule()) is not None:
                expression_memo[_start] = (_v311, pos)
                return _v311
            pos = _start
        # invalid_legacy_expression
        if call_invalid_rules and _t == 1:
            if (_v312 := invalid_legacy_expression_rule()) is not None:
                expression_memo[_start] = (_v312, pos)
                return _v312
            pos = _start
        # the next 2 alternatives begin with disjunction: parse it once
        _shared313 = disjunction_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} else None
        _shared_end314 = pos
        pos = _start
        # a=disjunction 'if' b=disjunction 'else' c=expression { IfExp(b, a, c, EXTRA) }
        if _shared313 is not None:
            pos = _shared_end314
            a = _shared313
            if tok_type[pos] == 118:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (b := disjunction_rule()) is not None:
                    if tok_type[pos] == 112:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (c := expression_rule()) is not None:
                            _node = new_node(IfExp)
                            _node.__dict__ = {'test': b, 'body': a, 'orelse': c, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                            expression_memo[_start] = (_node, pos)
                            return _node
        pos = _start
        # disjunction
        if _shared313 is not None:
            pos = _shared_end314
            _v315 = _shared313
            expression_memo[_start] = (_v315, pos)
            return _v315
        pos = _start
        # lambdef
        if _t == 122:
            if (_v316 := lambdef_rule()) is not None:
                expression_memo[_start] = (_v316, pos)
                return _v316
            pos = _start
        expression_memo[_start] = (None, _start)
        return None

    # yield_expr: 'yield' 'from' a=expression { YieldFrom(a, EXTRA) } | 'yield' a=[star_expressions] { Yield(a, EXTRA) }
    def yield_expr_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'yield' 'from' a=expression { YieldFrom(a, EXTRA) }
        if _t == 132:
            pos += 1
            if tok_type[pos] == 116:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                    _node = new_node(YieldFrom)
                    _node.__dict__ = {'value': a, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
            pos = _start
        # 'yield' a=[star_expressions] { Yield(a, EXTRA) }
        if _t == 132:
            pos += 1
            a = None
            _matched317 = False
            _mark319 = pos
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v318 := star_expressions_rule()) is not None:
                    a = _v318
                    _matched317 = True
            if not _matched317:
                pos = _mark319
            _node = new_node(Yield)
            _node.__dict__ = {'value': a, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        return None

    # star_expressions: a=star_expression b=(',' c=star_expression { c })+ [','] { Tuple([a] + b, LOAD, EXTRA) } | a=star_expression ',' { Tuple([a], LOAD, EXTRA) } | star_expression
    def star_expressions_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # SPEED: if nothing but primary matches here, star_expressions is what primary gives
        if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            _hit = primary_memo.get(_start)
            if _hit is None:
                _value = primary_rule()
            else:
                _value, pos = _hit
            if _value is not None and tok_type[pos] not in {12, 14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 103, 118, 120, 121, 124, 125}:
                return _value
            pos = _start
        # the next 3 alternatives begin with star_expression: parse it once
        _shared320 = star_expression_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} else None
        _shared_end321 = pos
        pos = _start
        # a=star_expression b=(',' c=star_expression { c })+ [','] { Tuple([a] + b, LOAD, EXTRA) }
        if _shared320 is not None:
            pos = _shared_end321
            a = _shared320
            b = []
            while True:
                _mark323 = pos
                _mark324 = pos
                if tok_type[pos] == 12:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (c := star_expression_rule()) is not None:
                            _element322 = c
                            b.append(_element322)
                            continue
                pos = _mark324
                pos = _mark323
                break
            if b:
                if tok_type[pos] == 12:
                    pos += 1
                _node = new_node(Tuple)
                _node.__dict__ = {'elts': [a] + b, 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
        pos = _start
        # a=star_expression ',' { Tuple([a], LOAD, EXTRA) }
        if _shared320 is not None:
            pos = _shared_end321
            a = _shared320
            if tok_type[pos] == 12:
                pos += 1
                _node = new_node(Tuple)
                _node.__dict__ = {'elts': [a], 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
        pos = _start
        # star_expression
        if _shared320 is not None:
            pos = _shared_end321
            _v325 = _shared320
            return _v325
        pos = _start
        return None

    # star_expression: '*' a=bitwise_or { Starred(a, LOAD, EXTRA) } | expression
    if error_pass:  # the first pass does not memoize star_expression
        def star_expression_rule():
            nonlocal pos
            _start = pos
            _hit = star_expression_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, star_expression is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 103, 118, 120, 121, 124, 125}:
                    star_expression_memo[_start] = (_value, pos)
                    return _value
                pos = _start
            # '*' a=bitwise_or { Starred(a, LOAD, EXTRA) }
            if _t == 16:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                    _node = new_node(Starred)
                    _node.__dict__ = {'value': a, 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    star_expression_memo[_start] = (_node, pos)
                    return _node
                pos = _start
            # expression
            if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                if (_v326 := expression_rule()) is not None:
                    star_expression_memo[_start] = (_v326, pos)
                    return _v326
                pos = _start
            star_expression_memo[_start] = (None, _start)
            return None
    else:
        def star_expression_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, star_expression is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 103, 118, 120, 121, 124, 125}:
                    return _value
                pos = _start
            # '*' a=bitwise_or { Starred(a, LOAD, EXTRA) }
            if _t == 16:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                    _node = new_node(Starred)
                    _node.__dict__ = {'value': a, 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
                pos = _start
            # _v326=expression
            if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                if (_v326 := expression_rule()) is not None:
                    return _v326
                pos = _start
            return None

    # star_named_expressions: a=','.star_named_expression+ [','] { a }
    def star_named_expressions_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.star_named_expression+ [','] { a }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element327 := star_named_expression_rule()) is not None:
                a = [_element327]
                while True:
                    _mark328 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element329 := star_named_expression_rule()) is not None:
                            a.append(_element329)
                            continue
                    pos = _mark328
                    break
                if tok_type[pos] == 12:
                    pos += 1
                return a
            pos = _start
        return None

    # star_named_expression: '*' a=bitwise_or { Starred(a, LOAD, EXTRA) } | named_expression
    def star_named_expression_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # SPEED: if nothing but primary matches here, star_named_expression is what primary gives
        if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and not (_t == 1 and tok_type[pos + 1] == 53):
            _hit = primary_memo.get(_start)
            if _hit is None:
                _value = primary_rule()
            else:
                _value, pos = _hit
            if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 53, 103, 118, 120, 121, 124, 125}:
                return _value
            pos = _start
        # '*' a=bitwise_or { Starred(a, LOAD, EXTRA) }
        if _t == 16:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                _node = new_node(Starred)
                _node.__dict__ = {'value': a, 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        # named_expression
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v330 := named_expression_rule()) is not None:
                return _v330
            pos = _start
        return None

    # assignment_expression: a=NAME ':=' ~ b=expression { check_version(p, 8, "Assignment expressions are", NamedExpr(set_expr_context(a, STORE), b, EXTRA)) }
    def assignment_expression_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        _cut = False
        # a=NAME ':=' ~ b=expression { check_version(p, 8, "Assignment expressions are", NamedExpr(set_expr_context(a, STORE), b, EXTRA)) }
        if _t == 1:
            a = new_node(Name)
            a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            if tok_type[pos] == 53:
                pos += 1
                _cut = True
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                    return check_version(p, 8, "Assignment expressions are", NamedExpr(set_expr_context(a, STORE), b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
            pos = _start
            if _cut:
                return None
        return None

    # named_expression: assignment_expression | invalid_named_expression | expression !':='
    def named_expression_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # SPEED: if nothing but primary matches here, named_expression is what primary gives
        if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and not (_t == 1 and tok_type[pos + 1] == 53):
            _hit = primary_memo.get(_start)
            if _hit is None:
                _value = primary_rule()
            else:
                _value, pos = _hit
            if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 53, 103, 118, 120, 121, 124, 125}:
                return _value
            pos = _start
        # assignment_expression
        if _t == 1:
            if (_v331 := assignment_expression_rule()) is not None:
                return _v331
            pos = _start
        # invalid_named_expression
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v332 := invalid_named_expression_rule()) is not None:
                return _v332
            pos = _start
        # expression !':='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v333 := expression_rule()) is not None:
                if not (tok_type[pos] == 53):
                    return _v333
            pos = _start
        return None

    # disjunction: a=conjunction b=('or' c=conjunction { c })+ { BoolOp(OR, [a] + b, EXTRA) } | conjunction
    if error_pass:  # the first pass does not memoize disjunction
        def disjunction_rule():
            nonlocal pos
            _start = pos
            _hit = disjunction_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, disjunction is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 103, 120, 121, 124, 125}:
                    disjunction_memo[_start] = (_value, pos)
                    return _value
                pos = _start
            # the next 2 alternatives begin with conjunction: parse it once
            _shared334 = conjunction_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} else None
            _shared_end335 = pos
            pos = _start
            # a=conjunction b=('or' c=conjunction { c })+ { BoolOp(OR, [a] + b, EXTRA) }
            if _shared334 is not None:
                pos = _shared_end335
                a = _shared334
                b = []
                while True:
                    _mark337 = pos
                    _mark338 = pos
                    if tok_type[pos] == 125:
                        if tok_type[pos] == 125:
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (c := conjunction_rule()) is not None:
                                _element336 = c
                                b.append(_element336)
                                continue
                    pos = _mark338
                    pos = _mark337
                    break
                if b:
                    _node = new_node(BoolOp)
                    _node.__dict__ = {'op': OR, 'values': [a] + b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    disjunction_memo[_start] = (_node, pos)
                    return _node
            pos = _start
            # conjunction
            if _shared334 is not None:
                pos = _shared_end335
                _v339 = _shared334
                disjunction_memo[_start] = (_v339, pos)
                return _v339
            pos = _start
            disjunction_memo[_start] = (None, _start)
            return None
    else:
        def disjunction_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, disjunction is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 103, 120, 121, 124, 125}:
                    return _value
                pos = _start
            # the next 2 alternatives begin with conjunction: parse it once
            _shared340 = conjunction_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} else None
            _shared_end341 = pos
            pos = _start
            # a=conjunction b=('or' c=conjunction { c })+ { BoolOp(OR, [a] + b, EXTRA) }
            if _shared340 is not None:
                pos = _shared_end341
                a = _shared340
                b = []
                while True:
                    _mark343 = pos
                    _mark344 = pos
                    if tok_type[pos] == 125:
                        if tok_type[pos] == 125:
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (c := conjunction_rule()) is not None:
                                _element342 = c
                                b.append(_element342)
                                continue
                    pos = _mark344
                    pos = _mark343
                    break
                if b:
                    _node = new_node(BoolOp)
                    _node.__dict__ = {'op': OR, 'values': [a] + b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
            pos = _start
            # _v339=conjunction
            if _shared340 is not None:
                pos = _shared_end341
                _v339 = _shared340
                return _v339
            pos = _start
            return None

    # conjunction: a=inversion b=('and' c=inversion { c })+ { BoolOp(AND, [a] + b, EXTRA) } | inversion
    if error_pass:  # the first pass does not memoize conjunction
        def conjunction_rule():
            nonlocal pos
            _start = pos
            _hit = conjunction_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, conjunction is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 103, 120, 121, 124}:
                    conjunction_memo[_start] = (_value, pos)
                    return _value
                pos = _start
            # the next 2 alternatives begin with inversion: parse it once
            _shared345 = inversion_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} else None
            _shared_end346 = pos
            pos = _start
            # a=inversion b=('and' c=inversion { c })+ { BoolOp(AND, [a] + b, EXTRA) }
            if _shared345 is not None:
                pos = _shared_end346
                a = _shared345
                b = []
                while True:
                    _mark348 = pos
                    _mark349 = pos
                    if tok_type[pos] == 103:
                        if tok_type[pos] == 103:
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (c := inversion_rule()) is not None:
                                _element347 = c
                                b.append(_element347)
                                continue
                    pos = _mark349
                    pos = _mark348
                    break
                if b:
                    _node = new_node(BoolOp)
                    _node.__dict__ = {'op': AND, 'values': [a] + b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    conjunction_memo[_start] = (_node, pos)
                    return _node
            pos = _start
            # inversion
            if _shared345 is not None:
                pos = _shared_end346
                _v350 = _shared345
                conjunction_memo[_start] = (_v350, pos)
                return _v350
            pos = _start
            conjunction_memo[_start] = (None, _start)
            return None
    else:
        def conjunction_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, conjunction is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 103, 120, 121, 124}:
                    return _value
                pos = _start
            # the next 2 alternatives begin with inversion: parse it once
            _shared351 = inversion_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} else None
            _shared_end352 = pos
            pos = _start
            # a=inversion b=('and' c=inversion { c })+ { BoolOp(AND, [a] + b, EXTRA) }
            if _shared351 is not None:
                pos = _shared_end352
                a = _shared351
                b = []
                while True:
                    _mark354 = pos
                    _mark355 = pos
                    if tok_type[pos] == 103:
                        if tok_type[pos] == 103:
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (c := inversion_rule()) is not None:
                                _element353 = c
                                b.append(_element353)
                                continue
                    pos = _mark355
                    pos = _mark354
                    break
                if b:
                    _node = new_node(BoolOp)
                    _node.__dict__ = {'op': AND, 'values': [a] + b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
            pos = _start
            # _v350=inversion
            if _shared351 is not None:
                pos = _shared_end352
                _v350 = _shared351
                return _v350
            pos = _start
            return None

    # inversion: 'not' a=inversion { UnaryOp(NOT, a, EXTRA) } | comparison
    if error_pass:  # the first pass does not memoize inversion
        def inversion_rule():
            nonlocal pos
            _start = pos
            _hit = inversion_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, inversion is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 120, 121, 124}:
                    inversion_memo[_start] = (_value, pos)
                    return _value
                pos = _start
            # 'not' a=inversion { UnaryOp(NOT, a, EXTRA) }
            if _t == 124:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (a := inversion_rule()) is not None:
                    _node = new_node(UnaryOp)
                    _node.__dict__ = {'op': NOT, 'operand': a, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    inversion_memo[_start] = (_node, pos)
                    return _node
                pos = _start
            # comparison
            if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                if (_v356 := comparison_rule()) is not None:
                    inversion_memo[_start] = (_v356, pos)
                    return _v356
                pos = _start
            inversion_memo[_start] = (None, _start)
            return None
    else:
        def inversion_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, inversion is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 120, 121, 124}:
                    return _value
                pos = _start
            # 'not' a=inversion { UnaryOp(NOT, a, EXTRA) }
            if _t == 124:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (a := inversion_rule()) is not None:
                    _node = new_node(UnaryOp)
                    _node.__dict__ = {'op': NOT, 'operand': a, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
                pos = _start
            # _v356=comparison
            if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                if (_v356 := comparison_rule()) is not None:
                    return _v356
                pos = _start
            return None

    # comparison: a=bitwise_or b=compare_op_bitwise_or_pair+ { Compare(a, [op for op, _ in b], [operand for _, operand in b], EXTRA) } | bitwise_or
    def comparison_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # SPEED: if nothing but primary matches here, comparison is what primary gives
        if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            _hit = primary_memo.get(_start)
            if _hit is None:
                _value = primary_rule()
            else:
                _value, pos = _hit
            if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 120, 121, 124}:
                return _value
            pos = _start
        # the next 2 alternatives begin with bitwise_or: parse it once
        _shared357 = bitwise_or_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} else None
        _shared_end358 = pos
        pos = _start
        # a=bitwise_or b=compare_op_bitwise_or_pair+ { Compare(a, [op for op, _ in b], [operand for _, operand in b], EXTRA) }
        if _shared357 is not None:
            pos = _shared_end358
            a = _shared357
            b = []
            while True:
                _mark360 = pos
                if tok_type[pos] in {20, 21, 27, 28, 29, 30, 120, 121, 124} and (_element359 := compare_op_bitwise_or_pair_rule()) is not None:
                    b.append(_element359)
                    continue
                pos = _mark360
                break
            if b:
                _node = new_node(Compare)
                _node.__dict__ = {'left': a, 'ops': [op for op, _ in b], 'comparators': [operand for _, operand in b], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
        pos = _start
        # bitwise_or
        if _shared357 is not None:
            pos = _shared_end358
            _v361 = _shared357
            return _v361
        pos = _start
        return None

    # compare_op_bitwise_or_pair: eq_bitwise_or | noteq_bitwise_or | lte_bitwise_or | lt_bitwise_or | gte_bitwise_or | gt_bitwise_or | notin_bitwise_or | in_bitwise_or | isnot_bitwise_or | is_bitwise_or
    def compare_op_bitwise_or_pair_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # eq_bitwise_or
        if _t == 27:
            if (_v362 := eq_bitwise_or_rule()) is not None:
                return _v362
            pos = _start
        # noteq_bitwise_or
        if _t == 28:
            if (_v363 := noteq_bitwise_or_rule()) is not None:
                return _v363
            pos = _start
        # lte_bitwise_or
        if _t == 29:
            if (_v364 := lte_bitwise_or_rule()) is not None:
                return _v364
            pos = _start
        # lt_bitwise_or
        if _t == 20:
            if (_v365 := lt_bitwise_or_rule()) is not None:
                return _v365
            pos = _start
        # gte_bitwise_or
        if _t == 30:
            if (_v366 := gte_bitwise_or_rule()) is not None:
                return _v366
            pos = _start
        # gt_bitwise_or
        if _t == 21:
            if (_v367 := gt_bitwise_or_rule()) is not None:
                return _v367
            pos = _start
        # notin_bitwise_or
        if _t == 124:
            if (_v368 := notin_bitwise_or_rule()) is not None:
                return _v368
            pos = _start
        # in_bitwise_or
        if _t == 120:
            if (_v369 := in_bitwise_or_rule()) is not None:
                return _v369
            pos = _start
        # isnot_bitwise_or
        if _t == 121:
            if (_v370 := isnot_bitwise_or_rule()) is not None:
                return _v370
            pos = _start
        # is_bitwise_or
        if _t == 121:
            if (_v371 := is_bitwise_or_rule()) is not None:
                return _v371
            pos = _start
        return None

    # eq_bitwise_or: '==' a=bitwise_or { (EQ, a) }
    def eq_bitwise_or_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '==' a=bitwise_or { (EQ, a) }
        if _t == 27:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                return (EQ, a)
            pos = _start
        return None

    # noteq_bitwise_or: (tok='!=' { None if check_barry_as_flufl(p, tok) else tok }) a=bitwise_or { (NOTEQ, a) }
    def noteq_bitwise_or_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # (tok='!=' { None if check_barry_as_flufl(p, tok) else tok }) a=bitwise_or { (NOTEQ, a) }
        if _t == 28:
            if (_ := _group_2()) is not None:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                    return (NOTEQ, a)
            pos = _start
        return None

    # lte_bitwise_or: '<=' a=bitwise_or { (LTE, a) }
    def lte_bitwise_or_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '<=' a=bitwise_or { (LTE, a) }
        if _t == 29:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                return (LTE, a)
            pos = _start
        return None

    # lt_bitwise_or: '<' a=bitwise_or { (LT, a) }
    def lt_bitwise_or_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '<' a=bitwise_or { (LT, a) }
        if _t == 20:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                return (LT, a)
            pos = _start
        return None

    # gte_bitwise_or: '>=' a=bitwise_or { (GTE, a) }
    def gte_bitwise_or_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '>=' a=bitwise_or { (GTE, a) }
        if _t == 30:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                return (GTE, a)
            pos = _start
        return None

    # gt_bitwise_or: '>' a=bitwise_or { (GT, a) }
    def gt_bitwise_or_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '>' a=bitwise_or { (GT, a) }
        if _t == 21:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                return (GT, a)
            pos = _start
        return None

    # notin_bitwise_or: 'not' 'in' a=bitwise_or { (NOTIN, a) }
    def notin_bitwise_or_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'not' 'in' a=bitwise_or { (NOTIN, a) }
        if _t == 124:
            pos += 1
            if tok_type[pos] == 120:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                    return (NOTIN, a)
            pos = _start
        return None

    # in_bitwise_or: 'in' a=bitwise_or { (IN, a) }
    def in_bitwise_or_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'in' a=bitwise_or { (IN, a) }
        if _t == 120:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                return (IN, a)
            pos = _start
        return None

    # isnot_bitwise_or: 'is' 'not' a=bitwise_or { (ISNOT, a) }
    def isnot_bitwise_or_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'is' 'not' a=bitwise_or { (ISNOT, a) }
        if _t == 121:
            pos += 1
            if tok_type[pos] == 124:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                    return (ISNOT, a)
            pos = _start
        return None

    # is_bitwise_or: 'is' a=bitwise_or { (IS, a) }
    def is_bitwise_or_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'is' a=bitwise_or { (IS, a) }
        if _t == 121:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                return (IS, a)
            pos = _start
        return None

    # bitwise_or: a=bitwise_or '|' b=bitwise_xor { BinOp(a, BITOR, b, EXTRA) } | bitwise_xor
    if error_pass:  # the first pass does not memoize bitwise_or
        def bitwise_or_rule():
            nonlocal pos
            _start = pos
            _hit = bitwise_or_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, bitwise_or is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 24, 32, 33, 34, 35, 47, 49}:
                    bitwise_or_memo[_start] = (_value, pos)
                    return _value
                pos = _start
            _left = None
            while True:  # the seed: the first alternative not starting with the rule
                # bitwise_xor
                if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                    if (_v372 := bitwise_xor_rule()) is not None:
                        _left = _v372
                        break
                    pos = _start
                break
            if _left is None:
                pos = _start
                bitwise_or_memo[_start] = (None, pos)
                return None
            while True:  # grow: bitwise_or <tail> while a tail follows
                if tok_type[pos] != 18:
                    break  # no tail can follow
                _mark = pos
                # a=bitwise_or '|' b=bitwise_xor { BinOp(a, BITOR, b, EXTRA) }
                if tok_type[pos] == 18:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := bitwise_xor_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': BITOR, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                break
            bitwise_or_memo[_start] = (_left, pos)
            return _left
    else:
        def bitwise_or_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, bitwise_or is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 24, 32, 33, 34, 35, 47, 49}:
                    return _value
                pos = _start
            _left = None
            while True:  # the seed: the first alternative not starting with the rule
                # _v372=bitwise_xor
                if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                    if (_v372 := bitwise_xor_rule()) is not None:
                        _left = _v372
                        break
                    pos = _start
                break
            if _left is None:
                pos = _start
                return None
            while True:  # grow: bitwise_or <tail> while a tail follows
                if tok_type[pos] != 18:
                    break  # no tail can follow
                _mark = pos
                # a=bitwise_or '|' b=bitwise_xor { BinOp(a, BITOR, b, EXTRA) }
                if tok_type[pos] == 18:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := bitwise_xor_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': BITOR, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                break
            return _left

    # bitwise_xor: a=bitwise_xor '^' b=bitwise_and { BinOp(a, BITXOR, b, EXTRA) } | bitwise_and
    if error_pass:  # the first pass does not memoize bitwise_xor
        def bitwise_xor_rule():
            nonlocal pos
            _start = pos
            _hit = bitwise_xor_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, bitwise_xor is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 19, 24, 32, 33, 34, 35, 47, 49}:
                    bitwise_xor_memo[_start] = (_value, pos)
                    return _value
                pos = _start
            _left = None
            while True:  # the seed: the first alternative not starting with the rule
                # bitwise_and
                if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                    if (_v373 := bitwise_and_rule()) is not None:
                        _left = _v373
                        break
                    pos = _start
                break
            if _left is None:
                pos = _start
                bitwise_xor_memo[_start] = (None, pos)
                return None
            while True:  # grow: bitwise_xor <tail> while a tail follows
                if tok_type[pos] != 32:
                    break  # no tail can follow
                _mark = pos
                # a=bitwise_xor '^' b=bitwise_and { BinOp(a, BITXOR, b, EXTRA) }
                if tok_type[pos] == 32:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := bitwise_and_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': BITXOR, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                break
            bitwise_xor_memo[_start] = (_left, pos)
            return _left
    else:
        def bitwise_xor_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, bitwise_xor is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 19, 24, 32, 33, 34, 35, 47, 49}:
                    return _value
                pos = _start
            _left = None
            while True:  # the seed: the first alternative not starting with the rule
                # _v373=bitwise_and
                if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                    if (_v373 := bitwise_and_rule()) is not None:
                        _left = _v373
                        break
                    pos = _start
                break
            if _left is None:
                pos = _start
                return None
            while True:  # grow: bitwise_xor <tail> while a tail follows
                if tok_type[pos] != 32:
                    break  # no tail can follow
                _mark = pos
                # a=bitwise_xor '^' b=bitwise_and { BinOp(a, BITXOR, b, EXTRA) }
                if tok_type[pos] == 32:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := bitwise_and_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': BITXOR, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                break
            return _left

    # bitwise_and: a=bitwise_and '&' b=shift_expr { BinOp(a, BITAND, b, EXTRA) } | shift_expr
    if error_pass:  # the first pass does not memoize bitwise_and
        def bitwise_and_rule():
            nonlocal pos
            _start = pos
            _hit = bitwise_and_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, bitwise_and is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 19, 24, 33, 34, 35, 47, 49}:
                    bitwise_and_memo[_start] = (_value, pos)
                    return _value
                pos = _start
            _left = None
            while True:  # the seed: the first alternative not starting with the rule
                # shift_expr
                if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                    if (_v374 := shift_expr_rule()) is not None:
                        _left = _v374
                        break
                    pos = _start
                break
            if _left is None:
                pos = _start
                bitwise_and_memo[_start] = (None, pos)
                return None
            while True:  # grow: bitwise_and <tail> while a tail follows
                if tok_type[pos] != 19:
                    break  # no tail can follow
                _mark = pos
                # a=bitwise_and '&' b=shift_expr { BinOp(a, BITAND, b, EXTRA) }
                if tok_type[pos] == 19:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := shift_expr_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': BITAND, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                break
            bitwise_and_memo[_start] = (_left, pos)
            return _left
    else:
        def bitwise_and_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, bitwise_and is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 19, 24, 33, 34, 35, 47, 49}:
                    return _value
                pos = _start
            _left = None
            while True:  # the seed: the first alternative not starting with the rule
                # _v374=shift_expr
                if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                    if (_v374 := shift_expr_rule()) is not None:
                        _left = _v374
                        break
                    pos = _start
                break
            if _left is None:
                pos = _start
                return None
            while True:  # grow: bitwise_and <tail> while a tail follows
                if tok_type[pos] != 19:
                    break  # no tail can follow
                _mark = pos
                # a=bitwise_and '&' b=shift_expr { BinOp(a, BITAND, b, EXTRA) }
                if tok_type[pos] == 19:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := shift_expr_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': BITAND, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                break
            return _left

    # shift_expr: a=shift_expr '<<' b=sum { BinOp(a, LSHIFT, b, EXTRA) } | a=shift_expr '>>' b=sum { BinOp(a, RSHIFT, b, EXTRA) } | sum
    if error_pass:  # the first pass does not memoize shift_expr
        def shift_expr_rule():
            nonlocal pos
            _start = pos
            _hit = shift_expr_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, shift_expr is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 24, 33, 34, 35, 47, 49}:
                    shift_expr_memo[_start] = (_value, pos)
                    return _value
                pos = _start
            _left = None
            while True:  # the seed: the first alternative not starting with the rule
                # sum
                if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                    if (_v375 := sum_rule()) is not None:
                        _left = _v375
                        break
                    pos = _start
                break
            if _left is None:
                pos = _start
                shift_expr_memo[_start] = (None, pos)
                return None
            while True:  # grow: shift_expr <tail> while a tail follows
                if tok_type[pos] not in {33, 34}:
                    break  # no tail can follow
                _mark = pos
                # a=shift_expr '<<' b=sum { BinOp(a, LSHIFT, b, EXTRA) }
                if tok_type[pos] == 33:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := sum_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': LSHIFT, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                # a=shift_expr '>>' b=sum { BinOp(a, RSHIFT, b, EXTRA) }
                if tok_type[pos] == 34:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := sum_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': RSHIFT, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                break
            shift_expr_memo[_start] = (_left, pos)
            return _left
    else:
        def shift_expr_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, shift_expr is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 24, 33, 34, 35, 47, 49}:
                    return _value
                pos = _start
            _left = None
            while True:  # the seed: the first alternative not starting with the rule
                # _v375=sum
                if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                    if (_v375 := sum_rule()) is not None:
                        _left = _v375
                        break
                    pos = _start
                break
            if _left is None:
                pos = _start
                return None
            while True:  # grow: shift_expr <tail> while a tail follows
                if tok_type[pos] not in {33, 34}:
                    break  # no tail can follow
                _mark = pos
                # a=shift_expr '<<' b=sum { BinOp(a, LSHIFT, b, EXTRA) }
                if tok_type[pos] == 33:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := sum_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': LSHIFT, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                # a=shift_expr '>>' b=sum { BinOp(a, RSHIFT, b, EXTRA) }
                if tok_type[pos] == 34:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := sum_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': RSHIFT, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                break
            return _left

    # sum: a=sum '+' b=term { BinOp(a, ADD, b, EXTRA) } | a=sum '-' b=term { BinOp(a, SUB, b, EXTRA) } | term
    if error_pass:  # the first pass does not memoize sum
        def sum_rule():
            nonlocal pos
            _start = pos
            _hit = sum_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, sum is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 24, 35, 47, 49}:
                    sum_memo[_start] = (_value, pos)
                    return _value
                pos = _start
            _left = None
            while True:  # the seed: the first alternative not starting with the rule
                # term
                if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                    if (_v376 := term_rule()) is not None:
                        _left = _v376
                        break
                    pos = _start
                break
            if _left is None:
                pos = _start
                sum_memo[_start] = (None, pos)
                return None
            while True:  # grow: sum <tail> while a tail follows
                if tok_type[pos] not in {14, 15}:
                    break  # no tail can follow
                _mark = pos
                # a=sum '+' b=term { BinOp(a, ADD, b, EXTRA) }
                if tok_type[pos] == 14:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := term_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': ADD, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                # a=sum '-' b=term { BinOp(a, SUB, b, EXTRA) }
                if tok_type[pos] == 15:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := term_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': SUB, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                break
            sum_memo[_start] = (_left, pos)
            return _left
    else:
        def sum_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, sum is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 24, 35, 47, 49}:
                    return _value
                pos = _start
            _left = None
            while True:  # the seed: the first alternative not starting with the rule
                # _v376=term
                if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                    if (_v376 := term_rule()) is not None:
                        _left = _v376
                        break
                    pos = _start
                break
            if _left is None:
                pos = _start
                return None
            while True:  # grow: sum <tail> while a tail follows
                if tok_type[pos] not in {14, 15}:
                    break  # no tail can follow
                _mark = pos
                # a=sum '+' b=term { BinOp(a, ADD, b, EXTRA) }
                if tok_type[pos] == 14:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := term_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': ADD, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                # a=sum '-' b=term { BinOp(a, SUB, b, EXTRA) }
                if tok_type[pos] == 15:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := term_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': SUB, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                break
            return _left

    # term: a=term '*' b=factor { BinOp(a, MULT, b, EXTRA) } | a=term '/' b=factor { BinOp(a, DIV, b, EXTRA) } | a=term '//' b=factor { BinOp(a, FLOORDIV, b, EXTRA) } | a=term '%' b=factor { BinOp(a, MOD, b, EXTRA) } | a=term '@' b=factor { check_version(p, 5, "The '@' operator is", BinOp(a, MATMULT, b, EXTRA)) } | factor
    if error_pass:  # the first pass does not memoize term
        def term_rule():
            nonlocal pos
            _start = pos
            _hit = term_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, term is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {16, 17, 24, 35, 47, 49}:
                    term_memo[_start] = (_value, pos)
                    return _value
                pos = _start
            _left = None
            while True:  # the seed: the first alternative not starting with the rule
                # factor
                if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                    if (_v377 := factor_rule()) is not None:
                        _left = _v377
                        break
                    pos = _start
                break
            if _left is None:
                pos = _start
                term_memo[_start] = (None, pos)
                return None
            while True:  # grow: term <tail> while a tail follows
                if tok_type[pos] not in {16, 17, 24, 47, 49}:
                    break  # no tail can follow
                _mark = pos
                # a=term '*' b=factor { BinOp(a, MULT, b, EXTRA) }
                if tok_type[pos] == 16:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': MULT, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                # a=term '/' b=factor { BinOp(a, DIV, b, EXTRA) }
                if tok_type[pos] == 17:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': DIV, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                # a=term '//' b=factor { BinOp(a, FLOORDIV, b, EXTRA) }
                if tok_type[pos] == 47:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': FLOORDIV, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                # a=term '%' b=factor { BinOp(a, MOD, b, EXTRA) }
                if tok_type[pos] == 24:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': MOD, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                # a=term '@' b=factor { check_version(p, 5, "The '@' operator is", BinOp(a, MATMULT, b, EXTRA)) }
                if tok_type[pos] == 49:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                        _new = check_version(p, 5, "The '@' operator is", BinOp(a, MATMULT, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
                        if _new is None:
                            pos = _mark
                            break
                        _left = _new
                        continue
                    pos = _mark
                break
            term_memo[_start] = (_left, pos)
            return _left
    else:
        def term_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, term is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] not in {16, 17, 24, 35, 47, 49}:
                    return _value
                pos = _start
            _left = None
            while True:  # the seed: the first alternative not starting with the rule
                # _v377=factor
                if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                    if (_v377 := factor_rule()) is not None:
                        _left = _v377
                        break
                    pos = _start
                break
            if _left is None:
                pos = _start
                return None
            while True:  # grow: term <tail> while a tail follows
                if tok_type[pos] not in {16, 17, 24, 47, 49}:
                    break  # no tail can follow
                _mark = pos
                # a=term '*' b=factor { BinOp(a, MULT, b, EXTRA) }
                if tok_type[pos] == 16:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': MULT, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                # a=term '/' b=factor { BinOp(a, DIV, b, EXTRA) }
                if tok_type[pos] == 17:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': DIV, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                # a=term '//' b=factor { BinOp(a, FLOORDIV, b, EXTRA) }
                if tok_type[pos] == 47:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': FLOORDIV, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                # a=term '%' b=factor { BinOp(a, MOD, b, EXTRA) }
                if tok_type[pos] == 24:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                        _node = new_node(BinOp)
                        _node.__dict__ = {'left': a, 'op': MOD, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                    pos = _mark
                # a=term '@' b=factor { check_version(p, 5, "The '@' operator is", BinOp(a, MATMULT, b, EXTRA)) }
                if tok_type[pos] == 49:
                    a = _left
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                        _new = check_version(p, 5, "The '@' operator is", BinOp(a, MATMULT, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
                        if _new is None:
                            pos = _mark
                            break
                        _left = _new
                        continue
                    pos = _mark
                break
            return _left

    # factor: '+' a=factor { UnaryOp(UADD, a, EXTRA) } | '-' a=factor { UnaryOp(USUB, a, EXTRA) } | '~' a=factor { UnaryOp(INVERT, a, EXTRA) } | power
    if error_pass:  # the first pass does not memoize factor
        def factor_rule():
            nonlocal pos
            _start = pos
            _hit = factor_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, factor is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] != 35:
                    factor_memo[_start] = (_value, pos)
                    return _value
                pos = _start
            # '+' a=factor { UnaryOp(UADD, a, EXTRA) }
            if _t == 14:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := factor_rule()) is not None:
                    _node = new_node(UnaryOp)
                    _node.__dict__ = {'op': UADD, 'operand': a, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    factor_memo[_start] = (_node, pos)
                    return _node
                pos = _start
            # '-' a=factor { UnaryOp(USUB, a, EXTRA) }
            if _t == 15:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := factor_rule()) is not None:
                    _node = new_node(UnaryOp)
                    _node.__dict__ = {'op': USUB, 'operand': a, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    factor_memo[_start] = (_node, pos)
                    return _node
                pos = _start
            # '~' a=factor { UnaryOp(INVERT, a, EXTRA) }
            if _t == 31:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := factor_rule()) is not None:
                    _node = new_node(UnaryOp)
                    _node.__dict__ = {'op': INVERT, 'operand': a, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    factor_memo[_start] = (_node, pos)
                    return _node
                pos = _start
            # power
            if _t in {1, 2, 3, 7, 9, 25, 52, 56, 61, 100, 101, 102}:
                if (_v378 := power_rule()) is not None:
                    factor_memo[_start] = (_v378, pos)
                    return _v378
                pos = _start
            factor_memo[_start] = (None, _start)
            return None
    else:
        def factor_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # SPEED: if nothing but primary matches here, factor is what primary gives
            if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                _hit = primary_memo.get(_start)
                if _hit is None:
                    _value = primary_rule()
                else:
                    _value, pos = _hit
                if _value is not None and tok_type[pos] != 35:
                    return _value
                pos = _start
            # '+' a=factor { UnaryOp(UADD, a, EXTRA) }
            if _t == 14:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := factor_rule()) is not None:
                    _node = new_node(UnaryOp)
                    _node.__dict__ = {'op': UADD, 'operand': a, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
                pos = _start
            # '-' a=factor { UnaryOp(USUB, a, EXTRA) }
            if _t == 15:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := factor_rule()) is not None:
                    _node = new_node(UnaryOp)
                    _node.__dict__ = {'op': USUB, 'operand': a, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
                pos = _start
            # '~' a=factor { UnaryOp(INVERT, a, EXTRA) }
            if _t == 31:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := factor_rule()) is not None:
                    _node = new_node(UnaryOp)
                    _node.__dict__ = {'op': INVERT, 'operand': a, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
                pos = _start
            # _v378=power
            if _t in {1, 2, 3, 7, 9, 25, 52, 56, 61, 100, 101, 102}:
                if (_v378 := power_rule()) is not None:
                    return _v378
                pos = _start
            return None

    # power: a=await_primary '**' b=factor { BinOp(a, POW, b, EXTRA) } | await_primary
    def power_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # SPEED: if nothing but primary matches here, power is what primary gives
        if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            _hit = primary_memo.get(_start)
            if _hit is None:
                _value = primary_rule()
            else:
                _value, pos = _hit
            if _value is not None and tok_type[pos] != 35:
                return _value
            pos = _start
        # the next 2 alternatives begin with await_primary: parse it once
        _shared379 = await_primary_rule() if _t in {1, 2, 3, 7, 9, 25, 52, 56, 61, 100, 101, 102} else None
        _shared_end380 = pos
        pos = _start
        # a=await_primary '**' b=factor { BinOp(a, POW, b, EXTRA) }
        if _shared379 is not None:
            pos = _shared_end380
            a = _shared379
            if tok_type[pos] == 35:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                    _node = new_node(BinOp)
                    _node.__dict__ = {'left': a, 'op': POW, 'right': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
        pos = _start
        # await_primary
        if _shared379 is not None:
            pos = _shared_end380
            _v381 = _shared379
            return _v381
        pos = _start
        return None

    # await_primary: AWAIT a=primary { check_version(p, 5, "Await expressions are", Await(a, EXTRA)) } | primary
    if error_pass:  # the first pass does not memoize await_primary
        def await_primary_rule():
            nonlocal pos
            _start = pos
            _hit = await_primary_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # AWAIT a=primary { check_version(p, 5, "Await expressions are", Await(a, EXTRA)) }
            if _t == 56:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (a := primary_rule()) is not None:
                    await_primary_memo[_start] = (check_version(p, 5, "Await expressions are", Await(a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])), pos)
                    return check_version(p, 5, "Await expressions are", Await(a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
                pos = _start
            # primary
            if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                if (_v382 := primary_rule()) is not None:
                    await_primary_memo[_start] = (_v382, pos)
                    return _v382
                pos = _start
            await_primary_memo[_start] = (None, _start)
            return None
    else:
        def await_primary_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # AWAIT a=primary { check_version(p, 5, "Await expressions are", Await(a, EXTRA)) }
            if _t == 56:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (a := primary_rule()) is not None:
                    return check_version(p, 5, "Await expressions are", Await(a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
                pos = _start
            # _v382=primary
            if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                if (_v382 := primary_rule()) is not None:
                    return _v382
                pos = _start
            return None

    # primary: a=primary '.' b=NAME { Attribute(a, b.id, LOAD, EXTRA) } | a=primary b=genexp { Call(a, [b], [], EXTRA) } | a=primary '(' b=[arguments] ')' { Call(a, b.args if b is not None else [], b.keywords if b is not None else [], EXTRA) } | a=primary '[' b=slices ']' { Subscript(a, b, LOAD, EXTRA) } | atom
    def primary_rule():
        nonlocal pos
        _start = pos
        _hit = primary_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        _left = None
        while True:  # the seed: the first alternative not starting with the rule
            # atom
            if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                if (_v383 := atom_rule()) is not None:
                    _left = _v383
                    break
                pos = _start
            break
        if _left is None:
            pos = _start
            primary_memo[_start] = (None, pos)
            return None
        while True:  # grow: primary <tail> while a tail follows
            if tok_type[pos] not in {7, 9, 23, 25}:
                break  # no tail can follow
            _mark = pos
            # a=primary '.' b=NAME { Attribute(a, b.id, LOAD, EXTRA) }
            if tok_type[pos] == 23:
                a = _left
                pos += 1
                if tok_type[pos] == 1:
                    b = new_node(Name)
                    b.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    _node = new_node(Attribute)
                    _node.__dict__ = {'value': a, 'attr': b.id, 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    _left = _node
                    continue
                pos = _mark
            # a=primary b=genexp { Call(a, [b], [], EXTRA) }
            if tok_type[pos] in {7, 9, 25}:
                a = _left
                if (b := genexp_rule()) is not None:
                    _node = new_node(Call)
                    _node.__dict__ = {'func': a, 'args': [b], 'keywords': [], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    _left = _node
                    continue
                pos = _mark
            # a=primary '(' b=[arguments] ')' { Call(a, b.args if b is not None else [], b.keywords if b is not None else [], EXTRA) }
            if tok_type[pos] == 7:
                a = _left
                pos += 1
                b = None
                _matched384 = False
                _mark386 = pos
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v385 := arguments_rule()) is not None:
                        b = _v385
                        _matched384 = True
                if not _matched384:
                    pos = _mark386
                if tok_type[pos] == 8:
                    pos += 1
                    _node = new_node(Call)
                    _node.__dict__ = {'func': a, 'args': b.args if b is not None else [], 'keywords': b.keywords if b is not None else [], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    _left = _node
                    continue
                pos = _mark
            # a=primary '[' b=slices ']' { Subscript(a, b, LOAD, EXTRA) }
            if tok_type[pos] == 9:
                a = _left
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := slices_rule()) is not None:
                    if tok_type[pos] == 10:
                        pos += 1
                        _node = new_node(Subscript)
                        _node.__dict__ = {'value': a, 'slice': b, 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                pos = _mark
            break
        primary_memo[_start] = (_left, pos)
        return _left

    # slices: a=slice !',' { a } | a=','.(slice | starred_expression)+ [','] { Tuple(a, LOAD, EXTRA) }
    def slices_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=slice !',' { a }
        if _t in {1, 2, 3, 7, 9, 11, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (a := slice_rule()) is not None:
                if not (tok_type[pos] == 12):
                    return a
            pos = _start
        # a=','.(slice | starred_expression)+ [','] { Tuple(a, LOAD, EXTRA) }
        if _t in {1, 2, 3, 7, 9, 11, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element387 := slice_rule()) is not None) or (tok_type[pos] == 16 and (_element387 := starred_expression_rule()) is not None):
                a = [_element387]
                while True:
                    _mark388 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if (tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element389 := slice_rule()) is not None) or (tok_type[pos] == 16 and (_element389 := starred_expression_rule()) is not None):
                            a.append(_element389)
                            continue
                    pos = _mark388
                    break
                if tok_type[pos] == 12:
                    pos += 1
                _node = new_node(Tuple)
                _node.__dict__ = {'elts': a, 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # slice: a=[expression] ':' b=[expression] c=[':' d=[expression] { d }] { Slice(a, b, c, EXTRA) } | a=named_expression { a }
    def slice_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=[expression] ':' b=[expression] c=[':' d=[expression] { d }] { Slice(a, b, c, EXTRA) }
        if _t in {1, 2, 3, 7, 9, 11, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            a = None
            _matched390 = False
            _mark392 = pos
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v391 := expression_rule()) is not None:
                    a = _v391
                    _matched390 = True
            if not _matched390:
                pos = _mark392
            if tok_type[pos] == 11:
                pos += 1
                b = None
                _matched393 = False
                _mark395 = pos
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v394 := expression_rule()) is not None:
                        b = _v394
                        _matched393 = True
                if not _matched393:
                    pos = _mark395
                c = None
                _matched396 = False
                _mark397 = pos
                if tok_type[pos] == 11:
                    if tok_type[pos] == 11:
                        pos += 1
                        d = None
                        _matched398 = False
                        _mark400 = pos
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v399 := expression_rule()) is not None:
                                d = _v399
                                _matched398 = True
                        if not _matched398:
                            pos = _mark400
                        c = d
                        _matched396 = True
                if not _matched396:
                    pos = _mark397
                _node = new_node(Slice)
                _node.__dict__ = {'lower': a, 'upper': b, 'step': c, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        # a=named_expression { a }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (a := named_expression_rule()) is not None:
                return a
            pos = _start
        return None

    # atom: NAME | 'True' { Constant(True, None, EXTRA) } | 'False' { Constant(False, None, EXTRA) } | 'None' { Constant(None, None, EXTRA) } | &(STRING | FSTRING_START) strings | NUMBER | &'(' (tuple | group | genexp) | &'[' (list | listcomp) | &'{' (dict | set | dictcomp | setcomp) | '...' { Constant(Ellipsis, None, EXTRA) }
    def atom_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # NAME
        if _t == 1:
            _v401 = new_node(Name)
            _v401.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            return _v401
            pos = _start
        # 'True' { Constant(True, None, EXTRA) }
        if _t == 102:
            pos += 1
            _node = new_node(Constant)
            _node.__dict__ = {'value': True, 'kind': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        # 'False' { Constant(False, None, EXTRA) }
        if _t == 100:
            pos += 1
            _node = new_node(Constant)
            _node.__dict__ = {'value': False, 'kind': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        # 'None' { Constant(None, None, EXTRA) }
        if _t == 101:
            pos += 1
            _node = new_node(Constant)
            _node.__dict__ = {'value': None, 'kind': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        # &(STRING | FSTRING_START) strings
        if _t in {3, 61}:
            if tok_type[pos] in {3, 61}:
                if tok_type[pos] in {3, 61} and (_v402 := strings_rule()) is not None:
                    return _v402
            pos = _start
        # NUMBER
        if _t == 2:
            _v403 = new_node(Constant)
            _v403.__dict__ = {'value': parse_number(p, pos), 'kind': None, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            return _v403
            pos = _start
        # &'(' (tuple | group | genexp)
        if _t == 7:
            if tok_type[pos] == 7:
                if (tok_type[pos] == 7 and (_v404 := tuple_rule()) is not None) or (tok_type[pos] == 7 and (_v404 := group_rule()) is not None) or (tok_type[pos] in {7, 9, 25} and (_v404 := genexp_rule()) is not None):
                    return _v404
            pos = _start
        # &'[' (list | listcomp)
        if _t == 9:
            if tok_type[pos] == 9:
                if (tok_type[pos] == 9 and (_v405 := list_rule()) is not None) or (tok_type[pos] in {7, 9, 25} and (_v405 := listcomp_rule()) is not None):
                    return _v405
            pos = _start
        # &'{' (dict | set | dictcomp | setcomp)
        if _t == 25:
            if tok_type[pos] == 25:
                if (tok_type[pos] == 25 and (_v406 := dict_rule()) is not None) or (tok_type[pos] == 25 and (_v406 := set_rule()) is not None) or (tok_type[pos] == 25 and (_v406 := dictcomp_rule()) is not None) or (tok_type[pos] in {7, 9, 25} and (_v406 := setcomp_rule()) is not None):
                    return _v406
            pos = _start
        # '...' { Constant(Ellipsis, None, EXTRA) }
        if _t == 52:
            pos += 1
            _node = new_node(Constant)
            _node.__dict__ = {'value': Ellipsis, 'kind': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        return None

    # group: '(' a=(yield_expr | named_expression) ')' { a } | invalid_group
    def group_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '(' a=(yield_expr | named_expression) ')' { a }
        if _t == 7:
            pos += 1
            if (tok_type[pos] == 132 and (a := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None):
                if tok_type[pos] == 8:
                    pos += 1
                    return a
            pos = _start
        # invalid_group
        if call_invalid_rules and _t == 7:
            if (_v407 := invalid_group_rule()) is not None:
                return _v407
            pos = _start
        return None

    # lambdef: 'lambda' a=[lambda_params] ':' b=expression { Lambda(a if a is not None else empty_arguments(), b, EXTRA) }
    def lambdef_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'lambda' a=[lambda_params] ':' b=expression { Lambda(a if a is not None else empty_arguments(), b, EXTRA) }
        if _t == 122:
            pos += 1
            a = None
            _matched408 = False
            _mark410 = pos
            if tok_type[pos] in {1, 7, 16, 17, 35}:
                if tok_type[pos] in {1, 7, 16, 17, 35} and (_v409 := lambda_params_rule()) is not None:
                    a = _v409
                    _matched408 = True
            if not _matched408:
                pos = _mark410
            if tok_type[pos] == 11:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                    _node = new_node(Lambda)
                    _node.__dict__ = {'args': a if a is not None else empty_arguments(), 'body': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
            pos = _start
        return None

    # lambda_params: invalid_lambda_parameters | lambda_parameters
    def lambda_params_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_lambda_parameters
        if call_invalid_rules and _t in {1, 7, 16, 17}:
            if (_v411 := invalid_lambda_parameters_rule()) is not None:
                return _v411
            pos = _start
        # lambda_parameters
        if _t in {1, 16, 35}:
            if (_v412 := lambda_parameters_rule()) is not None:
                return _v412
            pos = _start
        return None

    # lambda_parameters: a=lambda_slash_no_default b=lambda_param_no_default* c=lambda_param_with_default* d=[lambda_star_etc] { check_version(p, 8, "Positional-only parameters are", make_arguments(a, None, b, c, d)) } | a=lambda_slash_with_default b=lambda_param_with_default* c=[lambda_star_etc] { check_version(p, 8, "Positional-only parameters are", make_arguments(None, a, None, b, c)) } | a=lambda_param_no_default+ b=lambda_param_with_default* c=[lambda_star_etc] { make_arguments(None, None, a, b, c) } | a=lambda_param_with_default+ b=[lambda_star_etc] { make_arguments(None, None, None, a, b) } | a=lambda_star_etc { make_arguments(None, None, None, None, a) }
    def lambda_parameters_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=lambda_slash_no_default b=lambda_param_no_default* c=lambda_param_with_default* d=[lambda_star_etc] { check_version(p, 8, "Positional-only parameters are", make_arguments(a, None, b, c, d)) }
        if _t == 1:
            if (a := lambda_slash_no_default_rule()) is not None:
                b = []
                while True:
                    _mark414 = pos
                    if tok_type[pos] == 1 and (_element413 := lambda_param_no_default_rule()) is not None:
                        b.append(_element413)
                        continue
                    pos = _mark414
                    break
                c = []
                while True:
                    _mark416 = pos
                    if tok_type[pos] == 1 and (_element415 := lambda_param_with_default_rule()) is not None:
                        c.append(_element415)
                        continue
                    pos = _mark416
                    break
                d = None
                _matched417 = False
                _mark419 = pos
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v418 := lambda_star_etc_rule()) is not None:
                        d = _v418
                        _matched417 = True
                if not _matched417:
                    pos = _mark419
                return check_version(p, 8, "Positional-only parameters are", make_arguments(a, None, b, c, d))
            pos = _start
        # a=lambda_slash_with_default b=lambda_param_with_default* c=[lambda_star_etc] { check_version(p, 8, "Positional-only parameters are", make_arguments(None, a, None, b, c)) }
        if _t == 1:
            if (a := lambda_slash_with_default_rule()) is not None:
                b = []
                while True:
                    _mark421 = pos
                    if tok_type[pos] == 1 and (_element420 := lambda_param_with_default_rule()) is not None:
                        b.append(_element420)
                        continue
                    pos = _mark421
                    break
                c = None
                _matched422 = False
                _mark424 = pos
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v423 := lambda_star_etc_rule()) is not None:
                        c = _v423
                        _matched422 = True
                if not _matched422:
                    pos = _mark424
                return check_version(p, 8, "Positional-only parameters are", make_arguments(None, a, None, b, c))
            pos = _start
        # a=lambda_param_no_default+ b=lambda_param_with_default* c=[lambda_star_etc] { make_arguments(None, None, a, b, c) }
        if _t == 1:
            a = []
            while True:
                _mark426 = pos
                if tok_type[pos] == 1 and (_element425 := lambda_param_no_default_rule()) is not None:
                    a.append(_element425)
                    continue
                pos = _mark426
                break
            if a:
                b = []
                while True:
                    _mark428 = pos
                    if tok_type[pos] == 1 and (_element427 := lambda_param_with_default_rule()) is not None:
                        b.append(_element427)
                        continue
                    pos = _mark428
                    break
                c = None
                _matched429 = False
                _mark431 = pos
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v430 := lambda_star_etc_rule()) is not None:
                        c = _v430
                        _matched429 = True
                if not _matched429:
                    pos = _mark431
                return make_arguments(None, None, a, b, c)
            pos = _start
        # a=lambda_param_with_default+ b=[lambda_star_etc] { make_arguments(None, None, None, a, b) }
        if _t == 1:
            a = []
            while True:
                _mark433 = pos
                if tok_type[pos] == 1 and (_element432 := lambda_param_with_default_rule()) is not None:
                    a.append(_element432)
                    continue
                pos = _mark433
                break
            if a:
                b = None
                _matched434 = False
                _mark436 = pos
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v435 := lambda_star_etc_rule()) is not None:
                        b = _v435
                        _matched434 = True
                if not _matched434:
                    pos = _mark436
                return make_arguments(None, None, None, a, b)
            pos = _start
        # a=lambda_star_etc { make_arguments(None, None, None, None, a) }
        if _t in {16, 35}:
            if (a := lambda_star_etc_rule()) is not None:
                return make_arguments(None, None, None, None, a)
            pos = _start
        return None

    # lambda_slash_no_default: a=lambda_param_no_default+ '/' ',' { a } | a=lambda_param_no_default+ '/' &':' { a }
    def lambda_slash_no_default_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=lambda_param_no_default+ '/' ',' { a }
        if _t == 1:
            a = []
            while True:
                _mark438 = pos
                if tok_type[pos] == 1 and (_element437 := lambda_param_no_default_rule()) is not None:
                    a.append(_element437)
                    continue
                pos = _mark438
                break
            if a:
                if tok_type[pos] == 17:
                    pos += 1
                    if tok_type[pos] == 12:
                        pos += 1
                        return a
            pos = _start
        # a=lambda_param_no_default+ '/' &':' { a }
        if _t == 1:
            a = []
            while True:
                _mark440 = pos
                if tok_type[pos] == 1 and (_element439 := lambda_param_no_default_rule()) is not None:
                    a.append(_element439)
                    continue
                pos = _mark440
                break
            if a:
                if tok_type[pos] == 17:
                    pos += 1
                    if tok_type[pos] == 11:
                        return a
            pos = _start
        return None

    # lambda_slash_with_default: a=lambda_param_no_default* b=lambda_param_with_default+ '/' ',' { (a, b) } | a=lambda_param_no_default* b=lambda_param_with_default+ '/' &':' { (a, b) }
    def lambda_slash_with_default_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=lambda_param_no_default* b=lambda_param_with_default+ '/' ',' { (a, b) }
        if _t == 1:
            a = []
            while True:
                _mark442 = pos
                if tok_type[pos] == 1 and (_element441 := lambda_param_no_default_rule()) is not None:
                    a.append(_element441)
                    continue
                pos = _mark442
                break
            b = []
            while True:
                _mark444 = pos
                if tok_type[pos] == 1 and (_element443 := lambda_param_with_default_rule()) is not None:
                    b.append(_element443)
                    continue
                pos = _mark444
                break
            if b:
                if tok_type[pos] == 17:
                    pos += 1
                    if tok_type[pos] == 12:
                        pos += 1
                        return (a, b)
            pos = _start
        # a=lambda_param_no_default* b=lambda_param_with_default+ '/' &':' { (a, b) }
        if _t == 1:
            a = []
            while True:
                _mark446 = pos
                if tok_type[pos] == 1 and (_element445 := lambda_param_no_default_rule()) is not None:
                    a.append(_element445)
                    continue
                pos = _mark446
                break
            b = []
            while True:
                _mark448 = pos
                if tok_type[pos] == 1 and (_element447 := lambda_param_with_default_rule()) is not None:
                    b.append(_element447)
                    continue
                pos = _mark448
                break
            if b:
                if tok_type[pos] == 17:
                    pos += 1
                    if tok_type[pos] == 11:
                        return (a, b)
            pos = _start
        return None

    # lambda_star_etc: invalid_lambda_star_etc | '*' a=lambda_param_no_default b=lambda_param_maybe_default* c=[lambda_kwds] { (a, b, c) } | '*' ',' b=lambda_param_maybe_default+ c=[lambda_kwds] { (None, b, c) } | a=lambda_kwds { (None, [], a) }
    def lambda_star_etc_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_lambda_star_etc
        if call_invalid_rules and _t == 16:
            if (_v449 := invalid_lambda_star_etc_rule()) is not None:
                return _v449
            pos = _start
        # '*' a=lambda_param_no_default b=lambda_param_maybe_default* c=[lambda_kwds] { (a, b, c) }
        if _t == 16:
            pos += 1
            if tok_type[pos] == 1 and (a := lambda_param_no_default_rule()) is not None:
                b = []
                while True:
                    _mark451 = pos
                    if tok_type[pos] == 1 and (_element450 := lambda_param_maybe_default_rule()) is not None:
                        b.append(_element450)
                        continue
                    pos = _mark451
                    break
                c = None
                _matched452 = False
                _mark454 = pos
                if tok_type[pos] == 35:
                    if tok_type[pos] == 35 and (_v453 := lambda_kwds_rule()) is not None:
                        c = _v453
                        _matched452 = True
                if not _matched452:
                    pos = _mark454
                return (a, b, c)
            pos = _start
        # '*' ',' b=lambda_param_maybe_default+ c=[lambda_kwds] { (None, b, c) }
        if _t == 16:
            pos += 1
            if tok_type[pos] == 12:
                pos += 1
                b = []
                while True:
                    _mark456 = pos
                    if tok_type[pos] == 1 and (_element455 := lambda_param_maybe_default_rule()) is not None:
                        b.append(_element455)
                        continue
                    pos = _mark456
                    break
                if b:
                    c = None
                    _matched457 = False
                    _mark459 = pos
                    if tok_type[pos] == 35:
                        if tok_type[pos] == 35 and (_v458 := lambda_kwds_rule()) is not None:
                            c = _v458
                            _matched457 = True
                    if not _matched457:
                        pos = _mark459
                    return (None, b, c)
            pos = _start
        # a=lambda_kwds { (None, [], a) }
        if _t == 35:
            if (a := lambda_kwds_rule()) is not None:
                return (None, [], a)
            pos = _start
        return None

    # lambda_kwds: invalid_lambda_kwds | '**' a=lambda_param_no_default { a }
    def lambda_kwds_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_lambda_kwds
        if call_invalid_rules and _t == 35:
            if (_v460 := invalid_lambda_kwds_rule()) is not None:
                return _v460
            pos = _start
        # '**' a=lambda_param_no_default { a }
        if _t == 35:
            pos += 1
            if tok_type[pos] == 1 and (a := lambda_param_no_default_rule()) is not None:
                return a
            pos = _start
        return None

    # lambda_param_no_default: a=lambda_param ',' { a } | a=lambda_param &':' { a }
    def lambda_param_no_default_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 2 alternatives begin with lambda_param: parse it once
        _shared461 = lambda_param_rule() if _t == 1 else None
        _shared_end462 = pos
        pos = _start
        # a=lambda_param ',' { a }
        if _shared461 is not None:
            pos = _shared_end462
            a = _shared461
            if tok_type[pos] == 12:
                pos += 1
                return a
        pos = _start
        # a=lambda_param &':' { a }
        if _shared461 is not None:
            pos = _shared_end462
            a = _shared461
            if tok_type[pos] == 11:
                return a
        pos = _start
        return None

    # lambda_param_with_default: a=lambda_param c=default ',' { name_default_pair(p, a, c, None) } | a=lambda_param c=default &':' { name_default_pair(p, a, c, None) }
    def lambda_param_with_default_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 2 alternatives begin with lambda_param: parse it once
        _shared463 = lambda_param_rule() if _t == 1 else None
        _shared_end464 = pos
        pos = _start
        # a=lambda_param c=default ',' { name_default_pair(p, a, c, None) }
        if _shared463 is not None:
            pos = _shared_end464
            a = _shared463
            if tok_type[pos] == 22 and (c := default_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    return name_default_pair(p, a, c, None)
        pos = _start
        # a=lambda_param c=default &':' { name_default_pair(p, a, c, None) }
        if _shared463 is not None:
            pos = _shared_end464
            a = _shared463
            if tok_type[pos] == 22 and (c := default_rule()) is not None:
                if tok_type[pos] == 11:
                    return name_default_pair(p, a, c, None)
        pos = _start
        return None

    # lambda_param_maybe_default: a=lambda_param c=default? ',' { name_default_pair(p, a, c, None) } | a=lambda_param c=default? &':' { name_default_pair(p, a, c, None) }
    def lambda_param_maybe_default_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 2 alternatives begin with lambda_param: parse it once
        _shared465 = lambda_param_rule() if _t == 1 else None
        _shared_end466 = pos
        pos = _start
        # a=lambda_param c=default? ',' { name_default_pair(p, a, c, None) }
        if _shared465 is not None:
            pos = _shared_end466
            a = _shared465
            c = default_rule() if tok_type[pos] == 22 else None
            if tok_type[pos] == 12:
                pos += 1
                return name_default_pair(p, a, c, None)
        pos = _start
        # a=lambda_param c=default? &':' { name_default_pair(p, a, c, None) }
        if _shared465 is not None:
            pos = _shared_end466
            a = _shared465
            c = default_rule() if tok_type[pos] == 22 else None
            if tok_type[pos] == 11:
                return name_default_pair(p, a, c, None)
        pos = _start
        return None

    # lambda_param: a=NAME { arg(a.id, None, None, EXTRA) }
    def lambda_param_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=NAME { arg(a.id, None, None, EXTRA) }
        if _t == 1:
            a = new_node(Name)
            a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            _node = new_node(arg)
            _node.__dict__ = {'arg': a.id, 'annotation': None, 'type_comment': None, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
            pos = _start
        return None

    # fstring_middle: fstring_replacement_field | t=FSTRING_MIDDLE { constant_from_token(p, t) }
    def fstring_middle_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # fstring_replacement_field
        if _t == 25:
            if (_v467 := fstring_replacement_field_rule()) is not None:
                return _v467
            pos = _start
        # t=FSTRING_MIDDLE { constant_from_token(p, t) }
        if _t == 62:
            t = pos
            pos += 1
            return constant_from_token(p, t)
            pos = _start
        return None

    # fstring_replacement_field: lbrace='{' a=(yield_expr | star_expressions) debug_expr='='? conversion=[fstring_conversion] format=[fstring_full_format_spec] rbrace='}' { formatted_value(p, a, lbrace, debug_expr, conversion, format, rbrace, EXTRA) } | invalid_replacement_field
    def fstring_replacement_field_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # lbrace='{' a=(yield_expr | star_expressions) debug_expr='='? conversion=[fstring_conversion] format=[fstring_full_format_spec] rbrace='}' { formatted_value(p, a, lbrace, debug_expr, conversion, format, rbrace, EXTRA) }
        if _t == 25:
            lbrace = pos
            pos += 1
            if (tok_type[pos] == 132 and (a := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := star_expressions_rule()) is not None):
                if tok_type[pos] == 22:
                    debug_expr = pos
                    pos += 1
                else:
                    debug_expr = None
                conversion = None
                _matched468 = False
                _mark470 = pos
                if tok_type[pos] == 54:
                    if tok_type[pos] == 54 and (_v469 := fstring_conversion_rule()) is not None:
                        conversion = _v469
                        _matched468 = True
                if not _matched468:
                    pos = _mark470
                format = None
                _matched471 = False
                _mark473 = pos
                if tok_type[pos] == 11:
                    if tok_type[pos] == 11 and (_v472 := fstring_full_format_spec_rule()) is not None:
                        format = _v472
                        _matched471 = True
                if not _matched471:
                    pos = _mark473
                if tok_type[pos] == 26:
                    rbrace = pos
                    pos += 1
                    return formatted_value(p, a, lbrace, debug_expr, conversion, format, rbrace, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # invalid_replacement_field
        if call_invalid_rules and _t == 25:
            if (_v474 := invalid_replacement_field_rule()) is not None:
                return _v474
            pos = _start
        return None

    # fstring_conversion: conv_token='!' conv=NAME { check_fstring_conversion(p, conv_token, conv) }
    def fstring_conversion_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # conv_token='!' conv=NAME { check_fstring_conversion(p, conv_token, conv) }
        if _t == 54:
            conv_token = pos
            pos += 1
            if tok_type[pos] == 1:
                conv = new_node(Name)
                conv.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                pos += 1
                return check_fstring_conversion(p, conv_token, conv)
            pos = _start
        return None

    # fstring_full_format_spec: colon=':' spec=fstring_format_spec* { setup_full_format_spec(p, colon, spec, EXTRA) }
    def fstring_full_format_spec_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # colon=':' spec=fstring_format_spec* { setup_full_format_spec(p, colon, spec, EXTRA) }
        if _t == 11:
            colon = pos
            pos += 1
            spec = []
            while True:
                _mark476 = pos
                if tok_type[pos] in {25, 62} and (_element475 := fstring_format_spec_rule()) is not None:
                    spec.append(_element475)
                    continue
                pos = _mark476
                break
            return setup_full_format_spec(p, colon, spec, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # fstring_format_spec: t=FSTRING_MIDDLE { decoded_constant_from_token(p, t) } | fstring_replacement_field
    def fstring_format_spec_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # t=FSTRING_MIDDLE { decoded_constant_from_token(p, t) }
        if _t == 62:
            t = pos
            pos += 1
            return decoded_constant_from_token(p, t)
            pos = _start
        # fstring_replacement_field
        if _t == 25:
            if (_v477 := fstring_replacement_field_rule()) is not None:
                return _v477
            pos = _start
        return None

    # fstring: a=FSTRING_START b=fstring_middle* c=FSTRING_END { joined_str(p, a, b, c) }
    def fstring_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=FSTRING_START b=fstring_middle* c=FSTRING_END { joined_str(p, a, b, c) }
        if _t == 61:
            a = pos
            pos += 1
            b = []
            while True:
                _mark479 = pos
                if tok_type[pos] in {25, 62} and (_element478 := fstring_middle_rule()) is not None:
                    b.append(_element478)
                    continue
                pos = _mark479
                break
            if tok_type[pos] == 63:
                c = pos
                pos += 1
                return joined_str(p, a, b, c)
            pos = _start
        return None

    # string: s=STRING { constant_from_string(p, s) }
    def string_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # s=STRING { constant_from_string(p, s) }
        if _t == 3:
            s = pos
            pos += 1
            return constant_from_string(p, s)
            pos = _start
        return None

    # strings: a=(fstring | string)+ { concatenate_strings(p, a, EXTRA) }
    def strings_rule():
        nonlocal pos
        _start = pos
        _hit = strings_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        # a=(fstring | string)+ { concatenate_strings(p, a, EXTRA) }
        if _t in {3, 61}:
            a = []
            while True:
                _mark481 = pos
                if (tok_type[pos] == 61 and (_element480 := fstring_rule()) is not None) or (tok_type[pos] == 3 and (_element480 := string_rule()) is not None):
                    a.append(_element480)
                    continue
                pos = _mark481
                break
            if a:
                strings_memo[_start] = (concatenate_strings(p, a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                return concatenate_strings(p, a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        strings_memo[_start] = (None, _start)
        return None

    # list: '[' a=[star_named_expressions] ']' { List(a or [], LOAD, EXTRA) }
    def list_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '[' a=[star_named_expressions] ']' { List(a or [], LOAD, EXTRA) }
        if _t == 9:
            pos += 1
            a = None
            _matched482 = False
            _mark484 = pos
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v483 := star_named_expressions_rule()) is not None:
                    a = _v483
                    _matched482 = True
            if not _matched482:
                pos = _mark484
            if tok_type[pos] == 10:
                pos += 1
                _node = new_node(List)
                _node.__dict__ = {'elts': a or [], 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # tuple: '(' a=[y=star_named_expression ',' z=[star_named_expressions] { [y] + (z or []) }] ')' { Tuple(a or [], LOAD, EXTRA) }
    def tuple_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '(' a=[y=star_named_expression ',' z=[star_named_expressions] { [y] + (z or []) }] ')' { Tuple(a or [], LOAD, EXTRA) }
        if _t == 7:
            pos += 1
            a = None
            _matched485 = False
            _mark486 = pos
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (y := star_named_expression_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                        z = None
                        _matched487 = False
                        _mark489 = pos
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v488 := star_named_expressions_rule()) is not None:
                                z = _v488
                                _matched487 = True
                        if not _matched487:
                            pos = _mark489
                        a = [y] + (z or [])
                        _matched485 = True
            if not _matched485:
                pos = _mark486
            if tok_type[pos] == 8:
                pos += 1
                _node = new_node(Tuple)
                _node.__dict__ = {'elts': a or [], 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # set: '{' a=star_named_expressions '}' { Set(a, EXTRA) }
    def set_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '{' a=star_named_expressions '}' { Set(a, EXTRA) }
        if _t == 25:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := star_named_expressions_rule()) is not None:
                if tok_type[pos] == 26:
                    pos += 1
                    _node = new_node(Set)
                    _node.__dict__ = {'elts': a, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
            pos = _start
        return None

    # dict: '{' a=[double_starred_kvpairs] '}' { Dict([key for key, _ in a or ()], [value for _, value in a or ()], EXTRA) } | '{' invalid_double_starred_kvpairs '}'
    def dict_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '{' a=[double_starred_kvpairs] '}' { Dict([key for key, _ in a or ()], [value for _, value in a or ()], EXTRA) }
        if _t == 25:
            pos += 1
            a = None
            _matched490 = False
            _mark492 = pos
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v491 := double_starred_kvpairs_rule()) is not None:
                    a = _v491
                    _matched490 = True
            if not _matched490:
                pos = _mark492
            if tok_type[pos] == 26:
                pos += 1
                _node = new_node(Dict)
                _node.__dict__ = {'keys': [key for key, _ in a or ()], 'values': [value for _, value in a or ()], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        # '{' invalid_double_starred_kvpairs '}'
        if call_invalid_rules and _t == 25:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := invalid_double_starred_kvpairs_rule()) is not None:
                if tok_type[pos] == 26:
                    pos += 1
                    return True
            pos = _start
        return None

    # double_starred_kvpairs: a=','.double_starred_kvpair+ [','] { a }
    def double_starred_kvpairs_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.double_starred_kvpair+ [','] { a }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element493 := double_starred_kvpair_rule()) is not None:
                a = [_element493]
                while True:
                    _mark494 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element495 := double_starred_kvpair_rule()) is not None:
                            a.append(_element495)
                            continue
                    pos = _mark494
                    break
                if tok_type[pos] == 12:
                    pos += 1
                return a
            pos = _start
        return None

    # double_starred_kvpair: '**' a=bitwise_or { (None, a) } | kvpair
    def double_starred_kvpair_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '**' a=bitwise_or { (None, a) }
        if _t == 35:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                return (None, a)
            pos = _start
        # kvpair
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v496 := kvpair_rule()) is not None:
                return _v496
            pos = _start
        return None

    # kvpair: a=expression ':' b=expression { (a, b) }
    def kvpair_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=expression ':' b=expression { (a, b) }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (a := expression_rule()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                        return (a, b)
            pos = _start
        return None

    # for_if_clauses: a=for_if_clause+ { a }
    def for_if_clauses_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=for_if_clause+ { a }
        if _t in {57, 115}:
            a = []
            while True:
                _mark498 = pos
                if tok_type[pos] in {57, 115} and (_element497 := for_if_clause_rule()) is not None:
                    a.append(_element497)
                    continue
                pos = _mark498
                break
            if a:
                return a
            pos = _start
        return None

    # for_if_clause: ASYNC 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })* { check_version(p, 6, "Async comprehensions are", comprehension(a, b, c, 1)) } | 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })* { comprehension(a, b, c, 0) } | invalid_for_target
    def for_if_clause_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        _cut = False
        # ASYNC 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })* { check_version(p, 6, "Async comprehensions are", comprehension(a, b, c, 1)) }
        if _t == 57:
            pos += 1
            if tok_type[pos] == 115:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (a := star_targets_rule()) is not None:
                    if tok_type[pos] == 120:
                        pos += 1
                        _cut = True
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (b := disjunction_rule()) is not None:
                            c = []
                            while True:
                                _mark500 = pos
                                _mark501 = pos
                                if tok_type[pos] == 118:
                                    if tok_type[pos] == 118:
                                        pos += 1
                                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (z := disjunction_rule()) is not None:
                                            _element499 = z
                                            c.append(_element499)
                                            continue
                                pos = _mark501
                                pos = _mark500
                                break
                            return check_version(p, 6, "Async comprehensions are", comprehension(a, b, c, 1))
            pos = _start
            if _cut:
                return None
        # 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })* { comprehension(a, b, c, 0) }
        if _t == 115:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (a := star_targets_rule()) is not None:
                if tok_type[pos] == 120:
                    pos += 1
                    _cut = True
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (b := disjunction_rule()) is not None:
                        c = []
                        while True:
                            _mark503 = pos
                            _mark504 = pos
                            if tok_type[pos] == 118:
                                if tok_type[pos] == 118:
                                    pos += 1
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (z := disjunction_rule()) is not None:
                                        _element502 = z
                                        c.append(_element502)
                                        continue
                            pos = _mark504
                            pos = _mark503
                            break
                        _node = new_node(comprehension)
                        _node.__dict__ = {'target': a, 'iter': b, 'ifs': c, 'is_async': 0}
                        return _node
            pos = _start
            if _cut:
                return None
        # invalid_for_target
        if call_invalid_rules and _t in {57, 115}:
            if (_v505 := invalid_for_target_rule()) is not None:
                return _v505
            pos = _start
        return None

    # listcomp: '[' a=named_expression b=for_if_clauses ']' { ListComp(a, b, EXTRA) } | invalid_comprehension
    def listcomp_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '[' a=named_expression b=for_if_clauses ']' { ListComp(a, b, EXTRA) }
        if _t == 9:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                if tok_type[pos] in {57, 115} and (b := for_if_clauses_rule()) is not None:
                    if tok_type[pos] == 10:
                        pos += 1
                        _node = new_node(ListComp)
                        _node.__dict__ = {'elt': a, 'generators': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        # invalid_comprehension
        if call_invalid_rules and _t in {7, 9, 25}:
            if (_v506 := invalid_comprehension_rule()) is not None:
                return _v506
            pos = _start
        return None

    # setcomp: '{' a=named_expression b=for_if_clauses '}' { SetComp(a, b, EXTRA) } | invalid_comprehension
    def setcomp_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '{' a=named_expression b=for_if_clauses '}' { SetComp(a, b, EXTRA) }
        if _t == 25:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                if tok_type[pos] in {57, 115} and (b := for_if_clauses_rule()) is not None:
                    if tok_type[pos] == 26:
                        pos += 1
                        _node = new_node(SetComp)
                        _node.__dict__ = {'elt': a, 'generators': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        # invalid_comprehension
        if call_invalid_rules and _t in {7, 9, 25}:
            if (_v507 := invalid_comprehension_rule()) is not None:
                return _v507
            pos = _start
        return None

    # genexp: '(' a=(assignment_expression | expression !':=') b=for_if_clauses ')' { GeneratorExp(a, b, EXTRA) } | invalid_comprehension
    def genexp_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '(' a=(assignment_expression | expression !':=') b=for_if_clauses ')' { GeneratorExp(a, b, EXTRA) }
        if _t == 7:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := _group_3()) is not None:
                if tok_type[pos] in {57, 115} and (b := for_if_clauses_rule()) is not None:
                    if tok_type[pos] == 8:
                        pos += 1
                        _node = new_node(GeneratorExp)
                        _node.__dict__ = {'elt': a, 'generators': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        # invalid_comprehension
        if call_invalid_rules and _t in {7, 9, 25}:
            if (_v508 := invalid_comprehension_rule()) is not None:
                return _v508
            pos = _start
        return None

    # dictcomp: '{' a=kvpair b=for_if_clauses '}' { DictComp(a[0], a[1], b, EXTRA) } | invalid_dict_comprehension
    def dictcomp_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '{' a=kvpair b=for_if_clauses '}' { DictComp(a[0], a[1], b, EXTRA) }
        if _t == 25:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := kvpair_rule()) is not None:
                if tok_type[pos] in {57, 115} and (b := for_if_clauses_rule()) is not None:
                    if tok_type[pos] == 26:
                        pos += 1
                        _node = new_node(DictComp)
                        _node.__dict__ = {'key': a[0], 'value': a[1], 'generators': b, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
            pos = _start
        # invalid_dict_comprehension
        if call_invalid_rules and _t == 25:
            if (_v509 := invalid_dict_comprehension_rule()) is not None:
                return _v509
            pos = _start
        return None

    # arguments: a=args [','] &')' { a } | invalid_arguments
    def arguments_rule():
        nonlocal pos
        _start = pos
        _hit = arguments_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        # a=args [','] &')' { a }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (a := args_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                if tok_type[pos] == 8:
                    arguments_memo[_start] = (a, pos)
                    return a
            pos = _start
        # invalid_arguments
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v510 := invalid_arguments_rule()) is not None:
                arguments_memo[_start] = (_v510, pos)
                return _v510
            pos = _start
        arguments_memo[_start] = (None, _start)
        return None

    # args: a=','.(starred_expression | (assignment_expression | expression !':=') !'=')+ b=[',' k=kwargs { k }] { collect_call_seqs(a, b, EXTRA) } | a=kwargs { Call(dummy_name(), seq_extract_starred_exprs(a), seq_delete_starred_exprs(a), EXTRA) }
    def args_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.(starred_expression | (assignment_expression | expression !':=') !'=')+ b=[',' k=kwargs { k }] { collect_call_seqs(a, b, EXTRA) }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element511 := _group_4()) is not None:
                a = [_element511]
                while True:
                    _mark512 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element513 := _group_5()) is not None:
                            a.append(_element513)
                            continue
                    pos = _mark512
                    break
                b = None
                _matched514 = False
                _mark515 = pos
                if tok_type[pos] == 12:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (k := kwargs_rule()) is not None:
                            b = k
                            _matched514 = True
                if not _matched514:
                    pos = _mark515
                return collect_call_seqs(a, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # a=kwargs { Call(dummy_name(), seq_extract_starred_exprs(a), seq_delete_starred_exprs(a), EXTRA) }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (a := kwargs_rule()) is not None:
                _node = new_node(Call)
                _node.__dict__ = {'func': dummy_name(), 'args': seq_extract_starred_exprs(a), 'keywords': seq_delete_starred_exprs(a), 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # kwargs: a=','.kwarg_or_starred+ ',' b=','.kwarg_or_double_starred+ { a + b } | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
    def kwargs_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.kwarg_or_starred+ ',' b=','.kwarg_or_double_starred+ { a + b }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element516 := kwarg_or_starred_rule()) is not None:
                a = [_element516]
                while True:
                    _mark517 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element518 := kwarg_or_starred_rule()) is not None:
                            a.append(_element518)
                            continue
                    pos = _mark517
                    break
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element519 := kwarg_or_double_starred_rule()) is not None:
                        b = [_element519]
                        while True:
                            _mark520 = pos
                            if tok_type[pos] == 12:
                                pos += 1
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element521 := kwarg_or_double_starred_rule()) is not None:
                                    b.append(_element521)
                                    continue
                            pos = _mark520
                            break
                        return a + b
            pos = _start
        # ','.kwarg_or_starred+
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element523 := kwarg_or_starred_rule()) is not None:
                _v522 = [_element523]
                while True:
                    _mark524 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element525 := kwarg_or_starred_rule()) is not None:
                            _v522.append(_element525)
                            continue
                    pos = _mark524
                    break
                return _v522
            pos = _start
        # ','.kwarg_or_double_starred+
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element527 := kwarg_or_double_starred_rule()) is not None:
                _v526 = [_element527]
                while True:
                    _mark528 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element529 := kwarg_or_double_starred_rule()) is not None:
                            _v526.append(_element529)
                            continue
                    pos = _mark528
                    break
                return _v526
            pos = _start
        return None

    # starred_expression: invalid_starred_expression | '*' a=expression { Starred(a, LOAD, EXTRA) }
    def starred_expression_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_starred_expression
        if call_invalid_rules and _t == 16:
            if (_v530 := invalid_starred_expression_rule()) is not None:
                return _v530
            pos = _start
        # '*' a=expression { Starred(a, LOAD, EXTRA) }
        if _t == 16:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                _node = new_node(Starred)
                _node.__dict__ = {'value': a, 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # kwarg_or_starred: invalid_kwarg | a=NAME '=' b=expression { (keyword(a.id, b, EXTRA), True) } | a=starred_expression { (a, False) }
    def kwarg_or_starred_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_kwarg
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v531 := invalid_kwarg_rule()) is not None:
                return _v531
            pos = _start
        # a=NAME '=' b=expression { (keyword(a.id, b, EXTRA), True) }
        if _t == 1:
            a = new_node(Name)
            a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            if tok_type[pos] == 22:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                    return (keyword(a.id, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), True)
            pos = _start
        # a=starred_expression { (a, False) }
        if _t == 16:
            if (a := starred_expression_rule()) is not None:
                return (a, False)
            pos = _start
        return None

    # kwarg_or_double_starred: invalid_kwarg | a=NAME '=' b=expression { (keyword(a.id, b, EXTRA), True) } | '**' a=expression { (keyword(None, a, EXTRA), True) }
    def kwarg_or_double_starred_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_kwarg
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v532 := invalid_kwarg_rule()) is not None:
                return _v532
            pos = _start
        # a=NAME '=' b=expression { (keyword(a.id, b, EXTRA), True) }
        if _t == 1:
            a = new_node(Name)
            a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            if tok_type[pos] == 22:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                    return (keyword(a.id, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), True)
            pos = _start
        # '**' a=expression { (keyword(None, a, EXTRA), True) }
        if _t == 35:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                return (keyword(None, a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), True)
            pos = _start
        return None

    # star_targets: a=star_target !',' { a } | a=star_target b=(',' c=star_target { c })* [','] { Tuple([a] + b, STORE, EXTRA) }
    def star_targets_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 2 alternatives begin with star_target: parse it once
        _shared533 = star_target_rule() if _t in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} else None
        _shared_end534 = pos
        pos = _start
        # a=star_target !',' { a }
        if _shared533 is not None:
            pos = _shared_end534
            a = _shared533
            if not (tok_type[pos] == 12):
                return a
        pos = _start
        # a=star_target b=(',' c=star_target { c })* [','] { Tuple([a] + b, STORE, EXTRA) }
        if _shared533 is not None:
            pos = _shared_end534
            a = _shared533
            b = []
            while True:
                _mark536 = pos
                _mark537 = pos
                if tok_type[pos] == 12:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (c := star_target_rule()) is not None:
                            _element535 = c
                            b.append(_element535)
                            continue
                pos = _mark537
                pos = _mark536
                break
            if tok_type[pos] == 12:
                pos += 1
            _node = new_node(Tuple)
            _node.__dict__ = {'elts': [a] + b, 'ctx': STORE, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
            return _node
        pos = _start
        return None

    # star_targets_list_seq: a=','.star_target+ [','] { a }
    def star_targets_list_seq_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.star_target+ [','] { a }
        if _t in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_element538 := star_target_rule()) is not None:
                a = [_element538]
                while True:
                    _mark539 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_element540 := star_target_rule()) is not None:
                            a.append(_element540)
                            continue
                    pos = _mark539
                    break
                if tok_type[pos] == 12:
                    pos += 1
                return a
            pos = _start
        return None

    # star_targets_tuple_seq: a=star_target b=(',' c=star_target { c })+ [','] { [a] + b } | a=star_target ',' { [a] }
    def star_targets_tuple_seq_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 2 alternatives begin with star_target: parse it once
        _shared541 = star_target_rule() if _t in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} else None
        _shared_end542 = pos
        pos = _start
        # a=star_target b=(',' c=star_target { c })+ [','] { [a] + b }
        if _shared541 is not None:
            pos = _shared_end542
            a = _shared541
            b = []
            while True:
                _mark544 = pos
                _mark545 = pos
                if tok_type[pos] == 12:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (c := star_target_rule()) is not None:
                            _element543 = c
                            b.append(_element543)
                            continue
                pos = _mark545
                pos = _mark544
                break
            if b:
                if tok_type[pos] == 12:
                    pos += 1
                return [a] + b
        pos = _start
        # a=star_target ',' { [a] }
        if _shared541 is not None:
            pos = _shared_end542
            a = _shared541
            if tok_type[pos] == 12:
                pos += 1
                return [a]
        pos = _start
        return None

    # star_target: '*' a=(!'*' star_target) { Starred(set_expr_context(a, STORE), STORE, EXTRA) } | target_with_star_atom
    if error_pass:  # the first pass does not memoize star_target
        def star_target_rule():
            nonlocal pos
            _start = pos
            _hit = star_target_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # '*' a=(!'*' star_target) { Starred(set_expr_context(a, STORE), STORE, EXTRA) }
            if _t == 16:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (a := _group_6()) is not None:
                    _node = new_node(Starred)
                    _node.__dict__ = {'value': set_expr_context(a, STORE), 'ctx': STORE, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    star_target_memo[_start] = (_node, pos)
                    return _node
                pos = _start
            # target_with_star_atom
            if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                if (_v546 := target_with_star_atom_rule()) is not None:
                    star_target_memo[_start] = (_v546, pos)
                    return _v546
                pos = _start
            star_target_memo[_start] = (None, _start)
            return None
    else:
        def star_target_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # '*' a=(!'*' star_target) { Starred(set_expr_context(a, STORE), STORE, EXTRA) }
            if _t == 16:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (a := _group_7()) is not None:
                    _node = new_node(Starred)
                    _node.__dict__ = {'value': set_expr_context(a, STORE), 'ctx': STORE, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                    return _node
                pos = _start
            # _v546=target_with_star_atom
            if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                if (_v546 := target_with_star_atom_rule()) is not None:
                    return _v546
                pos = _start
            return None

    # target_with_star_atom: a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b.id, STORE, EXTRA) } | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, STORE, EXTRA) } | star_atom
    def target_with_star_atom_rule():
        nonlocal pos
        _start = pos
        _hit = target_with_star_atom_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        # the next 2 alternatives begin with t_primary: parse it once
        _shared547 = t_primary_rule() if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} else None
        _shared_end548 = pos
        pos = _start
        # a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b.id, STORE, EXTRA) }
        if _shared547 is not None:
            pos = _shared_end548
            a = _shared547
            if tok_type[pos] == 23:
                pos += 1
                if tok_type[pos] == 1:
                    b = new_node(Name)
                    b.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    _mark549 = pos
                    _found = tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None
                    pos = _mark549
                    if not _found:
                        _node = new_node(Attribute)
                        _node.__dict__ = {'value': a, 'attr': b.id, 'ctx': STORE, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        target_with_star_atom_memo[_start] = (_node, pos)
                        return _node
        pos = _start
        # a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, STORE, EXTRA) }
        if _shared547 is not None:
            pos = _shared_end548
            a = _shared547
            if tok_type[pos] == 9:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := slices_rule()) is not None:
                    if tok_type[pos] == 10:
                        pos += 1
                        _mark550 = pos
                        _found = tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None
                        pos = _mark550
                        if not _found:
                            _node = new_node(Subscript)
                            _node.__dict__ = {'value': a, 'slice': b, 'ctx': STORE, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                            target_with_star_atom_memo[_start] = (_node, pos)
                            return _node
        pos = _start
        # star_atom
        if _t in {1, 7, 9}:
            if (_v551 := star_atom_rule()) is not None:
                target_with_star_atom_memo[_start] = (_v551, pos)
                return _v551
            pos = _start
        target_with_star_atom_memo[_start] = (None, _start)
        return None

    # star_atom: a=NAME { set_expr_context(a, STORE) } | '(' a=target_with_star_atom ')' { set_expr_context(a, STORE) } | '(' a=[star_targets_tuple_seq] ')' { Tuple(a or [], STORE, EXTRA) } | '[' a=[star_targets_list_seq] ']' { List(a or [], STORE, EXTRA) }
    def star_atom_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=NAME { set_expr_context(a, STORE) }
        if _t == 1:
            a = new_node(Name)
            a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            return set_expr_context(a, STORE)
            pos = _start
        # '(' a=target_with_star_atom ')' { set_expr_context(a, STORE) }
        if _t == 7:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (a := target_with_star_atom_rule()) is not None:
                if tok_type[pos] == 8:
                    pos += 1
                    return set_expr_context(a, STORE)
            pos = _start
        # '(' a=[star_targets_tuple_seq] ')' { Tuple(a or [], STORE, EXTRA) }
        if _t == 7:
            pos += 1
            a = None
            _matched552 = False
            _mark554 = pos
            if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_v553 := star_targets_tuple_seq_rule()) is not None:
                    a = _v553
                    _matched552 = True
            if not _matched552:
                pos = _mark554
            if tok_type[pos] == 8:
                pos += 1
                _node = new_node(Tuple)
                _node.__dict__ = {'elts': a or [], 'ctx': STORE, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        # '[' a=[star_targets_list_seq] ']' { List(a or [], STORE, EXTRA) }
        if _t == 9:
            pos += 1
            a = None
            _matched555 = False
            _mark557 = pos
            if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_v556 := star_targets_list_seq_rule()) is not None:
                    a = _v556
                    _matched555 = True
            if not _matched555:
                pos = _mark557
            if tok_type[pos] == 10:
                pos += 1
                _node = new_node(List)
                _node.__dict__ = {'elts': a or [], 'ctx': STORE, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # single_target: single_subscript_attribute_target | a=NAME { set_expr_context(a, STORE) } | '(' a=single_target ')' { a }
    def single_target_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # single_subscript_attribute_target
        if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            if (_v558 := single_subscript_attribute_target_rule()) is not None:
                return _v558
            pos = _start
        # a=NAME { set_expr_context(a, STORE) }
        if _t == 1:
            a = new_node(Name)
            a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            return set_expr_context(a, STORE)
            pos = _start
        # '(' a=single_target ')' { a }
        if _t == 7:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (a := single_target_rule()) is not None:
                if tok_type[pos] == 8:
                    pos += 1
                    return a
            pos = _start
        return None

    # single_subscript_attribute_target: a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b.id, STORE, EXTRA) } | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, STORE, EXTRA) }
    def single_subscript_attribute_target_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 2 alternatives begin with t_primary: parse it once
        _shared559 = t_primary_rule() if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} else None
        _shared_end560 = pos
        pos = _start
        # a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b.id, STORE, EXTRA) }
        if _shared559 is not None:
            pos = _shared_end560
            a = _shared559
            if tok_type[pos] == 23:
                pos += 1
                if tok_type[pos] == 1:
                    b = new_node(Name)
                    b.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    _mark561 = pos
                    _found = tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None
                    pos = _mark561
                    if not _found:
                        _node = new_node(Attribute)
                        _node.__dict__ = {'value': a, 'attr': b.id, 'ctx': STORE, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        return _node
        pos = _start
        # a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, STORE, EXTRA) }
        if _shared559 is not None:
            pos = _shared_end560
            a = _shared559
            if tok_type[pos] == 9:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := slices_rule()) is not None:
                    if tok_type[pos] == 10:
                        pos += 1
                        _mark562 = pos
                        _found = tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None
                        pos = _mark562
                        if not _found:
                            _node = new_node(Subscript)
                            _node.__dict__ = {'value': a, 'slice': b, 'ctx': STORE, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                            return _node
        pos = _start
        return None

    # t_primary: a=t_primary '.' b=NAME &t_lookahead { Attribute(a, b.id, LOAD, EXTRA) } | a=t_primary '[' b=slices ']' &t_lookahead { Subscript(a, b, LOAD, EXTRA) } | a=t_primary b=genexp &t_lookahead { Call(a, [b], [], EXTRA) } | a=t_primary '(' b=[arguments] ')' &t_lookahead { Call(a, b.args if b is not None else [], b.keywords if b is not None else [], EXTRA) } | a=atom &t_lookahead { a }
    def t_primary_rule():
        nonlocal pos
        _start = pos
        _hit = t_primary_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        _left = None
        while True:  # the seed: the first alternative not starting with the rule
            # a=atom &t_lookahead { a }
            if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                if (a := atom_rule()) is not None:
                    _mark563 = pos
                    if tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None:
                        pos = _mark563
                        _left = a
                        break
                pos = _start
            break
        if _left is None:
            pos = _start
            t_primary_memo[_start] = (None, pos)
            return None
        while True:  # grow: t_primary <tail> while a tail follows
            if tok_type[pos] not in {7, 9, 23, 25}:
                break  # no tail can follow
            _mark = pos
            # a=t_primary '.' b=NAME &t_lookahead { Attribute(a, b.id, LOAD, EXTRA) }
            if tok_type[pos] == 23:
                a = _left
                pos += 1
                if tok_type[pos] == 1:
                    b = new_node(Name)
                    b.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                    pos += 1
                    _mark564 = pos
                    if tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None:
                        pos = _mark564
                        _node = new_node(Attribute)
                        _node.__dict__ = {'value': a, 'attr': b.id, 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                pos = _mark
            # a=t_primary '[' b=slices ']' &t_lookahead { Subscript(a, b, LOAD, EXTRA) }
            if tok_type[pos] == 9:
                a = _left
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := slices_rule()) is not None:
                    if tok_type[pos] == 10:
                        pos += 1
                        _mark565 = pos
                        if tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None:
                            pos = _mark565
                            _node = new_node(Subscript)
                            _node.__dict__ = {'value': a, 'slice': b, 'ctx': LOAD, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                            _left = _node
                            continue
                pos = _mark
            # a=t_primary b=genexp &t_lookahead { Call(a, [b], [], EXTRA) }
            if tok_type[pos] in {7, 9, 25}:
                a = _left
                if (b := genexp_rule()) is not None:
                    _mark566 = pos
                    if tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None:
                        pos = _mark566
                        _node = new_node(Call)
                        _node.__dict__ = {'func': a, 'args': [b], 'keywords': [], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                pos = _mark
            # a=t_primary '(' b=[arguments] ')' &t_lookahead { Call(a, b.args if b is not None else [], b.keywords if b is not None else [], EXTRA) }
            if tok_type[pos] == 7:
                a = _left
                pos += 1
                b = None
                _matched567 = False
                _mark569 = pos
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v568 := arguments_rule()) is not None:
                        b = _v568
                        _matched567 = True
                if not _matched567:
                    pos = _mark569
                if tok_type[pos] == 8:
                    pos += 1
                    _mark570 = pos
                    if tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None:
                        pos = _mark570
                        _node = new_node(Call)
                        _node.__dict__ = {'func': a, 'args': b.args if b is not None else [], 'keywords': b.keywords if b is not None else [], 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                        _left = _node
                        continue
                pos = _mark
            break
        t_primary_memo[_start] = (_left, pos)
        return _left

    # t_lookahead: '(' | '[' | '.'
    def t_lookahead_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '('
        if _t == 7:
            _v571 = pos
            pos += 1
            return _v571
            pos = _start
        # '['
        if _t == 9:
            _v572 = pos
            pos += 1
            return _v572
            pos = _start
        # '.'
        if _t == 23:
            _v573 = pos
            pos += 1
            return _v573
            pos = _start
        return None

    # del_targets: a=','.del_target+ [','] { a }
    def del_targets_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.del_target+ [','] { a }
        if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (_element574 := del_target_rule()) is not None:
                a = [_element574]
                while True:
                    _mark575 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (_element576 := del_target_rule()) is not None:
                            a.append(_element576)
                            continue
                    pos = _mark575
                    break
                if tok_type[pos] == 12:
                    pos += 1
                return a
            pos = _start
        return None

    # del_target: a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b.id, DEL, EXTRA) } | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, DEL, EXTRA) } | del_t_atom
    if error_pass:  # the first pass does not memoize del_target
        def del_target_rule():
            nonlocal pos
            _start = pos
            _hit = del_target_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # the next 2 alternatives begin with t_primary: parse it once
            _shared577 = t_primary_rule() if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} else None
            _shared_end578 = pos
            pos = _start
            # a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b.id, DEL, EXTRA) }
            if _shared577 is not None:
                pos = _shared_end578
                a = _shared577
                if tok_type[pos] == 23:
                    pos += 1
                    if tok_type[pos] == 1:
                        b = new_node(Name)
                        b.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                        pos += 1
                        _mark579 = pos
                        _found = tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None
                        pos = _mark579
                        if not _found:
                            _node = new_node(Attribute)
                            _node.__dict__ = {'value': a, 'attr': b.id, 'ctx': DEL, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                            del_target_memo[_start] = (_node, pos)
                            return _node
            pos = _start
            # a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, DEL, EXTRA) }
            if _shared577 is not None:
                pos = _shared_end578
                a = _shared577
                if tok_type[pos] == 9:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := slices_rule()) is not None:
                        if tok_type[pos] == 10:
                            pos += 1
                            _mark580 = pos
                            _found = tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None
                            pos = _mark580
                            if not _found:
                                _node = new_node(Subscript)
                                _node.__dict__ = {'value': a, 'slice': b, 'ctx': DEL, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                                del_target_memo[_start] = (_node, pos)
                                return _node
            pos = _start
            # del_t_atom
            if _t in {1, 7, 9}:
                if (_v581 := del_t_atom_rule()) is not None:
                    del_target_memo[_start] = (_v581, pos)
                    return _v581
                pos = _start
            del_target_memo[_start] = (None, _start)
            return None
    else:
        def del_target_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # the next 2 alternatives begin with t_primary: parse it once
            _shared582 = t_primary_rule() if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} else None
            _shared_end583 = pos
            pos = _start
            # a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b.id, DEL, EXTRA) }
            if _shared582 is not None:
                pos = _shared_end583
                a = _shared582
                if tok_type[pos] == 23:
                    pos += 1
                    if tok_type[pos] == 1:
                        b = new_node(Name)
                        b.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                        pos += 1
                        _mark584 = pos
                        _found = tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None
                        pos = _mark584
                        if not _found:
                            _node = new_node(Attribute)
                            _node.__dict__ = {'value': a, 'attr': b.id, 'ctx': DEL, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                            return _node
            pos = _start
            # a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, DEL, EXTRA) }
            if _shared582 is not None:
                pos = _shared_end583
                a = _shared582
                if tok_type[pos] == 9:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := slices_rule()) is not None:
                        if tok_type[pos] == 10:
                            pos += 1
                            _mark585 = pos
                            _found = tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None
                            pos = _mark585
                            if not _found:
                                _node = new_node(Subscript)
                                _node.__dict__ = {'value': a, 'slice': b, 'ctx': DEL, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                                return _node
            pos = _start
            # _v581=del_t_atom
            if _t in {1, 7, 9}:
                if (_v581 := del_t_atom_rule()) is not None:
                    return _v581
                pos = _start
            return None

    # del_t_atom: a=NAME { set_expr_context(a, DEL) } | '(' a=del_target ')' { set_expr_context(a, DEL) } | '(' a=[del_targets] ')' { Tuple(a or [], DEL, EXTRA) } | '[' a=[del_targets] ']' { List(a or [], DEL, EXTRA) }
    def del_t_atom_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=NAME { set_expr_context(a, DEL) }
        if _t == 1:
            a = new_node(Name)
            a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            return set_expr_context(a, DEL)
            pos = _start
        # '(' a=del_target ')' { set_expr_context(a, DEL) }
        if _t == 7:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (a := del_target_rule()) is not None:
                if tok_type[pos] == 8:
                    pos += 1
                    return set_expr_context(a, DEL)
            pos = _start
        # '(' a=[del_targets] ')' { Tuple(a or [], DEL, EXTRA) }
        if _t == 7:
            pos += 1
            a = None
            _matched586 = False
            _mark588 = pos
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (_v587 := del_targets_rule()) is not None:
                    a = _v587
                    _matched586 = True
            if not _matched586:
                pos = _mark588
            if tok_type[pos] == 8:
                pos += 1
                _node = new_node(Tuple)
                _node.__dict__ = {'elts': a or [], 'ctx': DEL, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        # '[' a=[del_targets] ']' { List(a or [], DEL, EXTRA) }
        if _t == 9:
            pos += 1
            a = None
            _matched589 = False
            _mark591 = pos
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (_v590 := del_targets_rule()) is not None:
                    a = _v590
                    _matched589 = True
            if not _matched589:
                pos = _mark591
            if tok_type[pos] == 10:
                pos += 1
                _node = new_node(List)
                _node.__dict__ = {'elts': a or [], 'ctx': DEL, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                return _node
            pos = _start
        return None

    # type_expressions: a=','.expression+ ',' '*' b=expression ',' '**' c=expression { a + [b, c] } | a=','.expression+ ',' '*' b=expression { a + [b] } | a=','.expression+ ',' '**' b=expression { a + [b] } | '*' a=expression ',' '**' b=expression { [a, b] } | '*' a=expression { [a] } | '**' a=expression { [a] } | a=','.expression+ { a }
    def type_expressions_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.expression+ ',' '*' b=expression ',' '**' c=expression { a + [b, c] }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element592 := expression_rule()) is not None:
                a = [_element592]
                while True:
                    _mark593 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element594 := expression_rule()) is not None:
                            a.append(_element594)
                            continue
                    pos = _mark593
                    break
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] == 16:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                            if tok_type[pos] == 12:
                                pos += 1
                                if tok_type[pos] == 35:
                                    pos += 1
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (c := expression_rule()) is not None:
                                        return a + [b, c]
            pos = _start
        # a=','.expression+ ',' '*' b=expression { a + [b] }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element595 := expression_rule()) is not None:
                a = [_element595]
                while True:
                    _mark596 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element597 := expression_rule()) is not None:
                            a.append(_element597)
                            continue
                    pos = _mark596
                    break
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] == 16:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                            return a + [b]
            pos = _start
        # a=','.expression+ ',' '**' b=expression { a + [b] }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element598 := expression_rule()) is not None:
                a = [_element598]
                while True:
                    _mark599 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element600 := expression_rule()) is not None:
                            a.append(_element600)
                            continue
                    pos = _mark599
                    break
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] == 35:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                            return a + [b]
            pos = _start
        # '*' a=expression ',' '**' b=expression { [a, b] }
        if _t == 16:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] == 35:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                            return [a, b]
            pos = _start
        # '*' a=expression { [a] }
        if _t == 16:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                return [a]
            pos = _start
        # '**' a=expression { [a] }
        if _t == 35:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                return [a]
            pos = _start
        # a=','.expression+ { a }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element601 := expression_rule()) is not None:
                a = [_element601]
                while True:
                    _mark602 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element603 := expression_rule()) is not None:
                            a.append(_element603)
                            continue
                    pos = _mark602
                    break
                return a
            pos = _start
        return None

    # func_type_comment: NEWLINE t=TYPE_COMMENT &(NEWLINE INDENT) { t } | invalid_double_type_comments | TYPE_COMMENT
    def func_type_comment_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # NEWLINE t=TYPE_COMMENT &(NEWLINE INDENT) { t }
        if _t == 4:
            pos += 1
            if tok_type[pos] == 59:
                t = pos
                pos += 1
                _mark604 = pos
                if tok_type[pos] == 4 and _group_8() is not None:
                    pos = _mark604
                    return t
            pos = _start
        # invalid_double_type_comments
        if call_invalid_rules and _t == 59:
            if (_v605 := invalid_double_type_comments_rule()) is not None:
                return _v605
            pos = _start
        # TYPE_COMMENT
        if _t == 59:
            _v606 = pos
            pos += 1
            return _v606
            pos = _start
        return None

    # invalid_arguments: ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' b='*' { raise_known_location(p, b, "iterable argument unpacking follows keyword argument unpacking") } | a=expression b=for_if_clauses ',' [args | expression for_if_clauses] { raise_known_range(p, a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized") } | a=NAME b='=' expression for_if_clauses { raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") } | [args ','] a=NAME b='=' &(',' | ')') { raise_known_range(p, a, b, "expected argument value expression") } | a=args b=for_if_clauses { nonparen_genexp_in_call(p, a, b) } | args ',' a=expression b=for_if_clauses { raise_known_range(p, a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized") } | a=args ',' args { arguments_parsing_error(p, a) }
    def invalid_arguments_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' b='*' { raise_known_location(p, b, "iterable argument unpacking follows keyword argument unpacking") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_ := _group_9()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] == 16:
                        b = pos
                        pos += 1
                        return raise_known_location(p, b, "iterable argument unpacking follows keyword argument unpacking")
            pos = _start
        # a=expression b=for_if_clauses ',' [args | expression for_if_clauses] { raise_known_range(p, a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (a := expression_rule()) is not None:
                if tok_type[pos] in {57, 115} and (b := for_if_clauses_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                        _ = _group_10() if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} else None
                        return raise_known_range(p, a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized")
            pos = _start
        # a=NAME b='=' expression for_if_clauses { raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") }
        if _t == 1:
            a = new_node(Name)
            a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            if tok_type[pos] == 22:
                b = pos
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                    if tok_type[pos] in {57, 115} and (_ := for_if_clauses_rule()) is not None:
                        return raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
            pos = _start
        # [args ','] a=NAME b='=' &(',' | ')') { raise_known_range(p, a, b, "expected argument value expression") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            _ = None
            _matched607 = False
            _mark608 = pos
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := args_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                        _ = True
                        _matched607 = True
            if not _matched607:
                pos = _mark608
            if tok_type[pos] == 1:
                a = new_node(Name)
                a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                pos += 1
                if tok_type[pos] == 22:
                    b = pos
                    pos += 1
                    if tok_type[pos] in {8, 12}:
                        return raise_known_range(p, a, b, "expected argument value expression")
            pos = _start
        # the next 3 alternatives begin with args: parse it once
        _shared609 = args_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} else None
        _shared_end610 = pos
        pos = _start
        # a=args b=for_if_clauses { nonparen_genexp_in_call(p, a, b) }
        if _shared609 is not None:
            pos = _shared_end610
            a = _shared609
            if tok_type[pos] in {57, 115} and (b := for_if_clauses_rule()) is not None:
                return nonparen_genexp_in_call(p, a, b)
        pos = _start
        # args ',' a=expression b=for_if_clauses { raise_known_range(p, a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized") }
        if _shared609 is not None:
            pos = _shared_end610
            if tok_type[pos] == 12:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                    if tok_type[pos] in {57, 115} and (b := for_if_clauses_rule()) is not None:
                        return raise_known_range(p, a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized")
        pos = _start
        # a=args ',' args { arguments_parsing_error(p, a) }
        if _shared609 is not None:
            pos = _shared_end610
            a = _shared609
            if tok_type[pos] == 12:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := args_rule()) is not None:
                    return arguments_parsing_error(p, a)
        pos = _start
        return None

    # invalid_kwarg: a=('True' | 'False' | 'None') b='=' { raise_known_range(p, a, b, f"cannot assign to {p.tok_string[a]}") } | a=NAME b='=' expression for_if_clauses { raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") } | !(NAME '=') a=expression b='=' { raise_known_range(p, a, b, 'expression cannot contain assignment, perhaps you meant "=="?') } | a='**' expression '=' b=expression { raise_known_range(p, a, b, "cannot assign to keyword argument unpacking") }
    def invalid_kwarg_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=('True' | 'False' | 'None') b='=' { raise_known_range(p, a, b, f"cannot assign to {p.tok_string[a]}") }
        if _t in {100, 101, 102}:
            a = pos
            pos += 1
            if tok_type[pos] == 22:
                b = pos
                pos += 1
                return raise_known_range(p, a, b, f"cannot assign to {p.tok_string[a]}")
            pos = _start
        # a=NAME b='=' expression for_if_clauses { raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") }
        if _t == 1:
            a = new_node(Name)
            a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            if tok_type[pos] == 22:
                b = pos
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                    if tok_type[pos] in {57, 115} and (_ := for_if_clauses_rule()) is not None:
                        return raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
            pos = _start
        # !(NAME '=') a=expression b='=' { raise_known_range(p, a, b, 'expression cannot contain assignment, perhaps you meant "=="?') }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            _mark611 = pos
            _found = tok_type[pos] == 1 and _group_11() is not None
            pos = _mark611
            if not _found:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                    if tok_type[pos] == 22:
                        b = pos
                        pos += 1
                        return raise_known_range(p, a, b, 'expression cannot contain assignment, perhaps you meant "=="?')
            pos = _start
        # a='**' expression '=' b=expression { raise_known_range(p, a, b, "cannot assign to keyword argument unpacking") }
        if _t == 35:
            a = pos
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                if tok_type[pos] == 22:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                        return raise_known_range(p, a, b, "cannot assign to keyword argument unpacking")
            pos = _start
        return None

    # expression_without_invalid: a=disjunction 'if' b=disjunction 'else' c=expression { IfExp(b, a, c, EXTRA) } | disjunction | lambdef
    def _expression_without_invalid_rule_body():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # SPEED: if nothing but primary matches here, expression_without_invalid is what primary gives
        if jumps and _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            _hit = primary_memo.get(_start)
            if _hit is None:
                _value = primary_rule()
            else:
                _value, pos = _hit
            if _value is not None and tok_type[pos] not in {14, 15, 16, 17, 18, 19, 20, 21, 24, 27, 28, 29, 30, 32, 33, 34, 35, 47, 49, 103, 118, 120, 121, 124, 125}:
                return _value
            pos = _start
        # the next 2 alternatives begin with disjunction: parse it once
        _shared612 = disjunction_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} else None
        _shared_end613 = pos
        pos = _start
        # a=disjunction 'if' b=disjunction 'else' c=expression { IfExp(b, a, c, EXTRA) }
        if _shared612 is not None:
            pos = _shared_end613
            a = _shared612
            if tok_type[pos] == 118:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (b := disjunction_rule()) is not None:
                    if tok_type[pos] == 112:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (c := expression_rule()) is not None:
                            _node = new_node(IfExp)
                            _node.__dict__ = {'test': b, 'body': a, 'orelse': c, 'lineno': tok_lineno[_start], 'col_offset': tok_col[_start], 'end_lineno': end_lineno_before[pos], 'end_col_offset': end_col_before[pos]}
                            return _node
        pos = _start
        # disjunction
        if _shared612 is not None:
            pos = _shared_end613
            _v614 = _shared612
            return _v614
        pos = _start
        # lambdef
        if _t == 122:
            if (_v615 := lambdef_rule()) is not None:
                return _v615
            pos = _start
        return None
    def expression_without_invalid_rule():
        """The same rule with the invalid_ alternatives switched off below it."""
        nonlocal call_invalid_rules
        _saved = call_invalid_rules
        call_invalid_rules = False
        _result = _expression_without_invalid_rule_body()
        call_invalid_rules = _saved
        return _result

    # invalid_legacy_expression: a=NAME !'(' b=star_expressions { raise_known_range(p, a, b, f"Missing parentheses in call to '{a.id}'. Did you mean {a.id}(...)?") if check_legacy_stmt(p, a) else None }
    def invalid_legacy_expression_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=NAME !'(' b=star_expressions { raise_known_range(p, a, b, f"Missing parentheses in call to '{a.id}'. Did you mean {a.id}(...)?") if check_legacy_stmt(p, a) else None }
        if _t == 1:
            a = new_node(Name)
            a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
            pos += 1
            if not (tok_type[pos] == 7):
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := star_expressions_rule()) is not None:
                    return raise_known_range(p, a, b, f"Missing parentheses in call to '{a.id}'. Did you mean {a.id}(...)?") if check_legacy_stmt(p, a) else None
            pos = _start
        return None

    # invalid_expression: !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid { None if check_legacy_stmt(p, a) or p.tok_level[pos - 1] == 0 else raise_known_range(p, a, b, "invalid syntax. Perhaps you forgot a comma?") } | a=disjunction 'if' b=disjunction !('else' | ':') { raise_known_range(p, a, b, "expected 'else' after 'if' expression") } | a='lambda' [lambda_params] b=':' &FSTRING_MIDDLE { raise_known_range(p, a, b, "f-string: lambda expressions are not allowed without parentheses") }
    def invalid_expression_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid { None if check_legacy_stmt(p, a) or p.tok_level[pos - 1] == 0 else raise_known_range(p, a, b, "invalid syntax. Perhaps you forgot a comma?") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124}:
            _mark616 = pos
            _found = tok_type[pos] == 1 and _group_12() is not None
            pos = _mark616
            if not _found:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (a := disjunction_rule()) is not None:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_without_invalid_rule()) is not None:
                        return None if check_legacy_stmt(p, a) or p.tok_level[pos - 1] == 0 else raise_known_range(p, a, b, "invalid syntax. Perhaps you forgot a comma?")
            pos = _start
        # a=disjunction 'if' b=disjunction !('else' | ':') { raise_known_range(p, a, b, "expected 'else' after 'if' expression") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124}:
            if (a := disjunction_rule()) is not None:
                if tok_type[pos] == 118:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (b := disjunction_rule()) is not None:
                        if not (tok_type[pos] in {11, 112}):
                            return raise_known_range(p, a, b, "expected 'else' after 'if' expression")
            pos = _start
        # a='lambda' [lambda_params] b=':' &FSTRING_MIDDLE { raise_known_range(p, a, b, "f-string: lambda expressions are not allowed without parentheses") }
        if _t == 122:
            a = pos
            pos += 1
            _ = None
            _matched617 = False
            _mark619 = pos
            if tok_type[pos] in {1, 7, 16, 17, 35}:
                if tok_type[pos] in {1, 7, 16, 17, 35} and (_v618 := lambda_params_rule()) is not None:
                    _ = _v618
                    _matched617 = True
            if not _matched617:
                pos = _mark619
            if tok_type[pos] == 11:
                b = pos
                pos += 1
                if tok_type[pos] == 62:
                    return raise_known_range(p, a, b, "f-string: lambda expressions are not allowed without parentheses")
            pos = _start
        return None

    # invalid_named_expression: a=expression ':=' expression { raise_known_location(p, a, f"cannot use assignment expressions with {get_expr_name(a)}") } | a=NAME '=' b=bitwise_or !('=' | ':=') { raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") } | !(list | tuple | genexp | 'True' | 'None' | 'False') a=bitwise_or b='=' bitwise_or !('=' | ':=') { raise_known_location(p, a, f"cannot assign to {get_expr_name(a)} here. Maybe you meant '==' instead of '='?") }
    if error_pass:  # the first pass does not memoize invalid_named_expression
        def invalid_named_expression_rule():
            nonlocal pos
            _start = pos
            _hit = invalid_named_expression_memo.get(_start)
            if _hit is not None:
                pos = _hit[1]
                return _hit[0]
            _t = tok_type[pos]
            # a=expression ':=' expression { raise_known_location(p, a, f"cannot use assignment expressions with {get_expr_name(a)}") }
            if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                if (a := expression_rule()) is not None:
                    if tok_type[pos] == 53:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                            invalid_named_expression_memo[_start] = (raise_known_location(p, a, f"cannot use assignment expressions with {get_expr_name(a)}"), pos)
                            return raise_known_location(p, a, f"cannot use assignment expressions with {get_expr_name(a)}")
                pos = _start
            # a=NAME '=' b=bitwise_or !('=' | ':=') { raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") }
            if _t == 1:
                a = new_node(Name)
                a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                pos += 1
                if tok_type[pos] == 22:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := bitwise_or_rule()) is not None:
                        if not (tok_type[pos] in {22, 53}):
                            invalid_named_expression_memo[_start] = (raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"), pos)
                            return raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                pos = _start
            # !(list | tuple | genexp | 'True' | 'None' | 'False') a=bitwise_or b='=' bitwise_or !('=' | ':=') { raise_known_location(p, a, f"cannot assign to {get_expr_name(a)} here. Maybe you meant '==' instead of '='?") }
            if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                _mark620 = pos
                _found = tok_type[pos] in {7, 9, 25, 100, 101, 102} and _group_13() is not None
                pos = _mark620
                if not _found:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                        if tok_type[pos] == 22:
                            b = pos
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (_ := bitwise_or_rule()) is not None:
                                if not (tok_type[pos] in {22, 53}):
                                    invalid_named_expression_memo[_start] = (raise_known_location(p, a, f"cannot assign to {get_expr_name(a)} here. Maybe you meant '==' instead of '='?"), pos)
                                    return raise_known_location(p, a, f"cannot assign to {get_expr_name(a)} here. Maybe you meant '==' instead of '='?")
                pos = _start
            invalid_named_expression_memo[_start] = (None, _start)
            return None
    else:
        def invalid_named_expression_rule():
            nonlocal pos
            _start = pos
            _t = tok_type[pos]
            # a=expression ':=' expression { raise_known_location(p, a, f"cannot use assignment expressions with {get_expr_name(a)}") }
            if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                if (a := expression_rule()) is not None:
                    if tok_type[pos] == 53:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                            return raise_known_location(p, a, f"cannot use assignment expressions with {get_expr_name(a)}")
                pos = _start
            # a=NAME '=' b=bitwise_or !('=' | ':=') { raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") }
            if _t == 1:
                a = new_node(Name)
                a.__dict__ = {'id': tok_id[pos], 'ctx': LOAD, 'lineno': tok_lineno[pos], 'col_offset': tok_col[pos], 'end_lineno': tok_end_lineno[pos], 'end_col_offset': tok_end_col[pos]}
                pos += 1
                if tok_type[pos] == 22:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := bitwise_or_rule()) is not None:
                        if not (tok_type[pos] in {22, 53}):
                            return raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                pos = _start
            # !(list | tuple | genexp | 'True' | 'None' | 'False') a=bitwise_or b='=' bitwise_or !('=' | ':=') { raise_known_location(p, a, f"cannot assign to {get_expr_name(a)} here. Maybe you meant '==' instead of '='?") }
            if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                _mark621 = pos
                _found = tok_type[pos] in {7, 9, 25, 100, 101, 102} and _group_14() is not None
                pos = _mark621
                if not _found:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                        if tok_type[pos] == 22:
                            b = pos
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (_ := bitwise_or_rule()) is not None:
                                if not (tok_type[pos] in {22, 53}):
                                    return raise_known_location(p, a, f"cannot assign to {get_expr_name(a)} here. Maybe you meant '==' instead of '='?")
                pos = _start
            return None

    # invalid_assignment: a=invalid_ann_assign_target ':' expression { raise_known_location(p, a, f"only single target (not {get_expr_name(a)}) can be annotated") } | a=star_named_expression ',' star_named_expressions* ':' expression { raise_known_location(p, a, "only single target (not tuple) can be annotated") } | a=expression ':' expression { raise_known_location(p, a, "illegal target for annotation") } | (star_targets '=')* a=star_expressions '=' { raise_invalid_target(p, STAR_TARGETS, a) } | (star_targets '=')* a=yield_expr '=' { raise_known_location(p, a, "assignment to yield expression not possible") } | a=star_expressions augassign (yield_expr | star_expressions) { raise_known_location(p, a, f"'{get_expr_name(a)}' is an illegal expression for augmented assignment") }
    def invalid_assignment_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=invalid_ann_assign_target ':' expression { raise_known_location(p, a, f"only single target (not {get_expr_name(a)}) can be annotated") }
        if call_invalid_rules and _t in {7, 9}:
            if (a := invalid_ann_assign_target_rule()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                        return raise_known_location(p, a, f"only single target (not {get_expr_name(a)}) can be annotated")
            pos = _start
        # a=star_named_expression ',' star_named_expressions* ':' expression { raise_known_location(p, a, "only single target (not tuple) can be annotated") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (a := star_named_expression_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    _items622 = []
                    while True:
                        _mark624 = pos
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element623 := star_named_expressions_rule()) is not None:
                            _items622.append(_element623)
                            continue
                        pos = _mark624
                        break
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                            return raise_known_location(p, a, "only single target (not tuple) can be annotated")
            pos = _start
        # a=expression ':' expression { raise_known_location(p, a, "illegal target for annotation") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (a := expression_rule()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                        return raise_known_location(p, a, "illegal target for annotation")
            pos = _start
        # (star_targets '=')* a=star_expressions '=' { raise_invalid_target(p, STAR_TARGETS, a) }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            _items625 = []
            while True:
                _mark627 = pos
                _mark628 = pos
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_targets_rule()) is not None:
                        if tok_type[pos] == 22:
                            pos += 1
                            _element626 = True
                            _items625.append(_element626)
                            continue
                pos = _mark628
                pos = _mark627
                break
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := star_expressions_rule()) is not None:
                if tok_type[pos] == 22:
                    pos += 1
                    return raise_invalid_target(p, STAR_TARGETS, a)
            pos = _start
        # (star_targets '=')* a=yield_expr '=' { raise_known_location(p, a, "assignment to yield expression not possible") }
        if _t in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102, 132}:
            _items629 = []
            while True:
                _mark631 = pos
                _mark632 = pos
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_targets_rule()) is not None:
                        if tok_type[pos] == 22:
                            pos += 1
                            _element630 = True
                            _items629.append(_element630)
                            continue
                pos = _mark632
                pos = _mark631
                break
            if tok_type[pos] == 132 and (a := yield_expr_rule()) is not None:
                if tok_type[pos] == 22:
                    pos += 1
                    return raise_known_location(p, a, "assignment to yield expression not possible")
            pos = _start
        # a=star_expressions augassign (yield_expr | star_expressions) { raise_known_location(p, a, f"'{get_expr_name(a)}' is an illegal expression for augmented assignment") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (a := star_expressions_rule()) is not None:
                if tok_type[pos] in {36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 48, 50} and (_ := augassign_rule()) is not None:
                    if (tok_type[pos] == 132 and (_v633 := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v633 := star_expressions_rule()) is not None):
                        return raise_known_location(p, a, f"'{get_expr_name(a)}' is an illegal expression for augmented assignment")
            pos = _start
        return None

    # invalid_ann_assign_target: list | tuple | '(' a=invalid_ann_assign_target ')' { a }
    def invalid_ann_assign_target_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # list
        if _t == 9:
            if (_v634 := list_rule()) is not None:
                return _v634
            pos = _start
        # tuple
        if _t == 7:
            if (_v635 := tuple_rule()) is not None:
                return _v635
            pos = _start
        # '(' a=invalid_ann_assign_target ')' { a }
        if call_invalid_rules and _t == 7:
            pos += 1
            if tok_type[pos] in {7, 9} and (a := invalid_ann_assign_target_rule()) is not None:
                if tok_type[pos] == 8:
                    pos += 1
                    return a
            pos = _start
        return None

    # invalid_del_stmt: 'del' a=star_expressions { raise_invalid_target(p, DEL_TARGETS, a) }
    def invalid_del_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'del' a=star_expressions { raise_invalid_target(p, DEL_TARGETS, a) }
        if _t == 110:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := star_expressions_rule()) is not None:
                return raise_invalid_target(p, DEL_TARGETS, a)
            pos = _start
        return None

    # invalid_block: NEWLINE !INDENT { raise_indentation_error(p, "expected an indented block") }
    def invalid_block_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # NEWLINE !INDENT { raise_indentation_error(p, "expected an indented block") }
        if _t == 4:
            pos += 1
            if not (tok_type[pos] == 5):
                return raise_indentation_error(p, "expected an indented block")
            pos = _start
        return None

    # invalid_comprehension: ('[' | '(' | '{') a=starred_expression for_if_clauses { raise_known_location(p, a, "iterable unpacking cannot be used in comprehension") } | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses { raise_known_range(p, a, b[-1], "did you forget parentheses around the comprehension target?") } | ('[' | '{') a=star_named_expression b=',' for_if_clauses { raise_known_range(p, a, b, "did you forget parentheses around the comprehension target?") }
    def invalid_comprehension_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ('[' | '(' | '{') a=starred_expression for_if_clauses { raise_known_location(p, a, "iterable unpacking cannot be used in comprehension") }
        if _t in {7, 9, 25}:
            pos += 1
            if tok_type[pos] == 16 and (a := starred_expression_rule()) is not None:
                if tok_type[pos] in {57, 115} and (_ := for_if_clauses_rule()) is not None:
                    return raise_known_location(p, a, "iterable unpacking cannot be used in comprehension")
            pos = _start
        # ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses { raise_known_range(p, a, b[-1], "did you forget parentheses around the comprehension target?") }
        if _t in {9, 25}:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := star_named_expression_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := star_named_expressions_rule()) is not None:
                        if tok_type[pos] in {57, 115} and (_ := for_if_clauses_rule()) is not None:
                            return raise_known_range(p, a, b[-1], "did you forget parentheses around the comprehension target?")
            pos = _start
        # ('[' | '{') a=star_named_expression b=',' for_if_clauses { raise_known_range(p, a, b, "did you forget parentheses around the comprehension target?") }
        if _t in {9, 25}:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := star_named_expression_rule()) is not None:
                if tok_type[pos] == 12:
                    b = pos
                    pos += 1
                    if tok_type[pos] in {57, 115} and (_ := for_if_clauses_rule()) is not None:
                        return raise_known_range(p, a, b, "did you forget parentheses around the comprehension target?")
            pos = _start
        return None

    # invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}' { raise_known_location(p, a, "dict unpacking cannot be used in dict comprehension") }
    def invalid_dict_comprehension_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '{' a='**' bitwise_or for_if_clauses '}' { raise_known_location(p, a, "dict unpacking cannot be used in dict comprehension") }
        if _t == 25:
            pos += 1
            if tok_type[pos] == 35:
                a = pos
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (_ := bitwise_or_rule()) is not None:
                    if tok_type[pos] in {57, 115} and (_ := for_if_clauses_rule()) is not None:
                        if tok_type[pos] == 26:
                            pos += 1
                            return raise_known_location(p, a, "dict unpacking cannot be used in dict comprehension")
            pos = _start
        return None

    # invalid_parameters: a='/' ',' { raise_known_location(p, a, "at least one argument must precede /") } | (slash_no_default | slash_with_default) param_maybe_default* a='/' { raise_known_location(p, a, "/ may appear only once") } | slash_no_default? param_no_default* invalid_parameters_helper a=param_no_default { raise_known_location(p, a, "parameter without a default follows parameter with a default") } | param_no_default* a='(' param_no_default+ ','? b=')' { raise_known_range(p, a, b, "Function parameters cannot be parenthesized") } | [slash_no_default | slash_with_default] param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/' { raise_known_location(p, a, "/ must be ahead of *") } | param_maybe_default+ '/' a='*' { raise_known_location(p, a, "expected comma between / and *") }
    def invalid_parameters_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a='/' ',' { raise_known_location(p, a, "at least one argument must precede /") }
        if _t == 17:
            a = pos
            pos += 1
            if tok_type[pos] == 12:
                pos += 1
                return raise_known_location(p, a, "at least one argument must precede /")
            pos = _start
        # (slash_no_default | slash_with_default) param_maybe_default* a='/' { raise_known_location(p, a, "/ may appear only once") }
        if _t == 1:
            if (tok_type[pos] == 1 and (_v636 := slash_no_default_rule()) is not None) or (tok_type[pos] == 1 and (_v636 := slash_with_default_rule()) is not None):
                _items637 = []
                while True:
                    _mark639 = pos
                    if tok_type[pos] == 1 and (_element638 := param_maybe_default_rule()) is not None:
                        _items637.append(_element638)
                        continue
                    pos = _mark639
                    break
                if tok_type[pos] == 17:
                    a = pos
                    pos += 1
                    return raise_known_location(p, a, "/ may appear only once")
            pos = _start
        # slash_no_default? param_no_default* invalid_parameters_helper a=param_no_default { raise_known_location(p, a, "parameter without a default follows parameter with a default") }
        if call_invalid_rules and _t == 1:
            _ = slash_no_default_rule() if tok_type[pos] == 1 else None
            _items640 = []
            while True:
                _mark642 = pos
                if tok_type[pos] == 1 and (_element641 := param_no_default_rule()) is not None:
                    _items640.append(_element641)
                    continue
                pos = _mark642
                break
            if tok_type[pos] == 1 and (_ := invalid_parameters_helper_rule()) is not None:
                if tok_type[pos] == 1 and (a := param_no_default_rule()) is not None:
                    return raise_known_location(p, a, "parameter without a default follows parameter with a default")
            pos = _start
        # param_no_default* a='(' param_no_default+ ','? b=')' { raise_known_range(p, a, b, "Function parameters cannot be parenthesized") }
        if _t in {1, 7}:
            _items643 = []
            while True:
                _mark645 = pos
                if tok_type[pos] == 1 and (_element644 := param_no_default_rule()) is not None:
                    _items643.append(_element644)
                    continue
                pos = _mark645
                break
            if tok_type[pos] == 7:
                a = pos
                pos += 1
                _items646 = []
                while True:
                    _mark648 = pos
                    if tok_type[pos] == 1 and (_element647 := param_no_default_rule()) is not None:
                        _items646.append(_element647)
                        continue
                    pos = _mark648
                    break
                if _items646:
                    if tok_type[pos] == 12:
                        pos += 1
                    if tok_type[pos] == 8:
                        b = pos
                        pos += 1
                        return raise_known_range(p, a, b, "Function parameters cannot be parenthesized")
            pos = _start
        # [slash_no_default | slash_with_default] param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/' { raise_known_location(p, a, "/ must be ahead of *") }
        if _t in {1, 16}:
            _mark649 = pos
            if not ((tok_type[pos] == 1 and (_ := slash_no_default_rule()) is not None) or (tok_type[pos] == 1 and (_ := slash_with_default_rule()) is not None)):
                _ = None
                pos = _mark649
            _items650 = []
            while True:
                _mark652 = pos
                if tok_type[pos] == 1 and (_element651 := param_maybe_default_rule()) is not None:
                    _items650.append(_element651)
                    continue
                pos = _mark652
                break
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {1, 12} and (_ := _group_15()) is not None:
                    _items653 = []
                    while True:
                        _mark655 = pos
                        if tok_type[pos] == 1 and (_element654 := param_maybe_default_rule()) is not None:
                            _items653.append(_element654)
                            continue
                        pos = _mark655
                        break
                    if tok_type[pos] == 17:
                        a = pos
                        pos += 1
                        return raise_known_location(p, a, "/ must be ahead of *")
            pos = _start
        # param_maybe_default+ '/' a='*' { raise_known_location(p, a, "expected comma between / and *") }
        if _t == 1:
            _items656 = []
            while True:
                _mark658 = pos
                if tok_type[pos] == 1 and (_element657 := param_maybe_default_rule()) is not None:
                    _items656.append(_element657)
                    continue
                pos = _mark658
                break
            if _items656:
                if tok_type[pos] == 17:
                    pos += 1
                    if tok_type[pos] == 16:
                        a = pos
                        pos += 1
                        return raise_known_location(p, a, "expected comma between / and *")
            pos = _start
        return None

    # invalid_default: a='=' &(')' | ',') { raise_known_location(p, a, "expected default value expression") }
    def invalid_default_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a='=' &(')' | ',') { raise_known_location(p, a, "expected default value expression") }
        if _t == 22:
            a = pos
            pos += 1
            if tok_type[pos] in {8, 12}:
                return raise_known_location(p, a, "expected default value expression")
            pos = _start
        return None

    # invalid_star_etc: a='*' (')' | ',' (')' | '**')) { raise_known_location(p, a, "named arguments must follow bare *") } | '*' ',' TYPE_COMMENT { raise_syntax_error(p, "bare * has associated type comment") } | '*' param a='=' { raise_known_location(p, a, "var-positional argument cannot have default value") } | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',') { raise_known_location(p, a, "* argument may appear only once") }
    def invalid_star_etc_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a='*' (')' | ',' (')' | '**')) { raise_known_location(p, a, "named arguments must follow bare *") }
        if _t == 16:
            a = pos
            pos += 1
            if tok_type[pos] in {8, 12} and (_ := _group_16()) is not None:
                return raise_known_location(p, a, "named arguments must follow bare *")
            pos = _start
        # '*' ',' TYPE_COMMENT { raise_syntax_error(p, "bare * has associated type comment") }
        if _t == 16:
            pos += 1
            if tok_type[pos] == 12:
                pos += 1
                if tok_type[pos] == 59:
                    pos += 1
                    return raise_syntax_error(p, "bare * has associated type comment")
            pos = _start
        # '*' param a='=' { raise_known_location(p, a, "var-positional argument cannot have default value") }
        if _t == 16:
            pos += 1
            if tok_type[pos] == 1 and (_ := param_rule()) is not None:
                if tok_type[pos] == 22:
                    a = pos
                    pos += 1
                    return raise_known_location(p, a, "var-positional argument cannot have default value")
            pos = _start
        # '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',') { raise_known_location(p, a, "* argument may appear only once") }
        if _t == 16:
            pos += 1
            if tok_type[pos] in {1, 12} and (_ := _group_17()) is not None:
                _items659 = []
                while True:
                    _mark661 = pos
                    if tok_type[pos] == 1 and (_element660 := param_maybe_default_rule()) is not None:
                        _items659.append(_element660)
                        continue
                    pos = _mark661
                    break
                if tok_type[pos] == 16:
                    a = pos
                    pos += 1
                    if tok_type[pos] in {1, 12} and (_ := _group_18()) is not None:
                        return raise_known_location(p, a, "* argument may appear only once")
            pos = _start
        return None

    # invalid_kwds: '**' param a='=' { raise_known_location(p, a, "var-keyword argument cannot have default value") } | '**' param ',' a=param { raise_known_location(p, a, "arguments cannot follow var-keyword argument") } | '**' param ',' a=('*' | '**' | '/') { raise_known_location(p, a, "arguments cannot follow var-keyword argument") }
    def invalid_kwds_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '**' param a='=' { raise_known_location(p, a, "var-keyword argument cannot have default value") }
        if _t == 35:
            pos += 1
            if tok_type[pos] == 1 and (_ := param_rule()) is not None:
                if tok_type[pos] == 22:
                    a = pos
                    pos += 1
                    return raise_known_location(p, a, "var-keyword argument cannot have default value")
            pos = _start
        # '**' param ',' a=param { raise_known_location(p, a, "arguments cannot follow var-keyword argument") }
        if _t == 35:
            pos += 1
            if tok_type[pos] == 1 and (_ := param_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] == 1 and (a := param_rule()) is not None:
                        return raise_known_location(p, a, "arguments cannot follow var-keyword argument")
            pos = _start
        # '**' param ',' a=('*' | '**' | '/') { raise_known_location(p, a, "arguments cannot follow var-keyword argument") }
        if _t == 35:
            pos += 1
            if tok_type[pos] == 1 and (_ := param_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] in {16, 17, 35}:
                        a = pos
                        pos += 1
                        return raise_known_location(p, a, "arguments cannot follow var-keyword argument")
            pos = _start
        return None

    # invalid_parameters_helper: a=slash_with_default { [a] } | param_with_default+
    def invalid_parameters_helper_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=slash_with_default { [a] }
        if _t == 1:
            if (a := slash_with_default_rule()) is not None:
                return [a]
            pos = _start
        # param_with_default+
        if _t == 1:
            _v662 = []
            while True:
                _mark664 = pos
                if tok_type[pos] == 1 and (_element663 := param_with_default_rule()) is not None:
                    _v662.append(_element663)
                    continue
                pos = _mark664
                break
            if _v662:
                return _v662
            pos = _start
        return None

    # invalid_lambda_parameters: a='/' ',' { raise_known_location(p, a, "at least one argument must precede /") } | (lambda_slash_no_default | lambda_slash_with_default) lambda_param_maybe_default* a='/' { raise_known_location(p, a, "/ may appear only once") } | lambda_slash_no_default? lambda_param_no_default* invalid_lambda_parameters_helper a=lambda_param_no_default { raise_known_location(p, a, "parameter without a default follows parameter with a default") } | lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')' { raise_known_range(p, a, b, "Lambda expression parameters cannot be parenthesized") } | [lambda_slash_no_default | lambda_slash_with_default] lambda_param_maybe_default* '*' (',' | lambda_param_no_default) lambda_param_maybe_default* a='/' { raise_known_location(p, a, "/ must be ahead of *") } | lambda_param_maybe_default+ '/' a='*' { raise_known_location(p, a, "expected comma between / and *") }
    def invalid_lambda_parameters_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a='/' ',' { raise_known_location(p, a, "at least one argument must precede /") }
        if _t == 17:
            a = pos
            pos += 1
            if tok_type[pos] == 12:
                pos += 1
                return raise_known_location(p, a, "at least one argument must precede /")
            pos = _start
        # (lambda_slash_no_default | lambda_slash_with_default) lambda_param_maybe_default* a='/' { raise_known_location(p, a, "/ may appear only once") }
        if _t == 1:
            if (tok_type[pos] == 1 and (_v665 := lambda_slash_no_default_rule()) is not None) or (tok_type[pos] == 1 and (_v665 := lambda_slash_with_default_rule()) is not None):
                _items666 = []
                while True:
                    _mark668 = pos
                    if tok_type[pos] == 1 and (_element667 := lambda_param_maybe_default_rule()) is not None:
                        _items666.append(_element667)
                        continue
                    pos = _mark668
                    break
                if tok_type[pos] == 17:
                    a = pos
                    pos += 1
                    return raise_known_location(p, a, "/ may appear only once")
            pos = _start
        # lambda_slash_no_default? lambda_param_no_default* invalid_lambda_parameters_helper a=lambda_param_no_default { raise_known_location(p, a, "parameter without a default follows parameter with a default") }
        if call_invalid_rules and _t == 1:
            _ = lambda_slash_no_default_rule() if tok_type[pos] == 1 else None
            _items669 = []
            while True:
                _mark671 = pos
                if tok_type[pos] == 1 and (_element670 := lambda_param_no_default_rule()) is not None:
                    _items669.append(_element670)
                    continue
                pos = _mark671
                break
            if tok_type[pos] == 1 and (_ := invalid_lambda_parameters_helper_rule()) is not None:
                if tok_type[pos] == 1 and (a := lambda_param_no_default_rule()) is not None:
                    return raise_known_location(p, a, "parameter without a default follows parameter with a default")
            pos = _start
        # lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')' { raise_known_range(p, a, b, "Lambda expression parameters cannot be parenthesized") }
        if _t in {1, 7}:
            _items672 = []
            while True:
                _mark674 = pos
                if tok_type[pos] == 1 and (_element673 := lambda_param_no_default_rule()) is not None:
                    _items672.append(_element673)
                    continue
                pos = _mark674
                break
            if tok_type[pos] == 7:
                a = pos
                pos += 1
                if tok_type[pos] == 1 and (_element676 := lambda_param_rule()) is not None:
                    _items675 = [_element676]
                    while True:
                        _mark677 = pos
                        if tok_type[pos] == 12:
                            pos += 1
                            if tok_type[pos] == 1 and (_element678 := lambda_param_rule()) is not None:
                                _items675.append(_element678)
                                continue
                        pos = _mark677
                        break
                    if tok_type[pos] == 12:
                        pos += 1
                    if tok_type[pos] == 8:
                        b = pos
                        pos += 1
                        return raise_known_range(p, a, b, "Lambda expression parameters cannot be parenthesized")
            pos = _start
        # [lambda_slash_no_default | lambda_slash_with_default] lambda_param_maybe_default* '*' (',' | lambda_param_no_default) lambda_param_maybe_default* a='/' { raise_known_location(p, a, "/ must be ahead of *") }
        if _t in {1, 16}:
            _mark679 = pos
            if not ((tok_type[pos] == 1 and (_ := lambda_slash_no_default_rule()) is not None) or (tok_type[pos] == 1 and (_ := lambda_slash_with_default_rule()) is not None)):
                _ = None
                pos = _mark679
            _items680 = []
            while True:
                _mark682 = pos
                if tok_type[pos] == 1 and (_element681 := lambda_param_maybe_default_rule()) is not None:
                    _items680.append(_element681)
                    continue
                pos = _mark682
                break
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {1, 12} and (_ := _group_19()) is not None:
                    _items683 = []
                    while True:
                        _mark685 = pos
                        if tok_type[pos] == 1 and (_element684 := lambda_param_maybe_default_rule()) is not None:
                            _items683.append(_element684)
                            continue
                        pos = _mark685
                        break
                    if tok_type[pos] == 17:
                        a = pos
                        pos += 1
                        return raise_known_location(p, a, "/ must be ahead of *")
            pos = _start
        # lambda_param_maybe_default+ '/' a='*' { raise_known_location(p, a, "expected comma between / and *") }
        if _t == 1:
            _items686 = []
            while True:
                _mark688 = pos
                if tok_type[pos] == 1 and (_element687 := lambda_param_maybe_default_rule()) is not None:
                    _items686.append(_element687)
                    continue
                pos = _mark688
                break
            if _items686:
                if tok_type[pos] == 17:
                    pos += 1
                    if tok_type[pos] == 16:
                        a = pos
                        pos += 1
                        return raise_known_location(p, a, "expected comma between / and *")
            pos = _start
        return None

    # invalid_lambda_parameters_helper: a=lambda_slash_with_default { [a] } | lambda_param_with_default+
    def invalid_lambda_parameters_helper_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=lambda_slash_with_default { [a] }
        if _t == 1:
            if (a := lambda_slash_with_default_rule()) is not None:
                return [a]
            pos = _start
        # lambda_param_with_default+
        if _t == 1:
            _v689 = []
            while True:
                _mark691 = pos
                if tok_type[pos] == 1 and (_element690 := lambda_param_with_default_rule()) is not None:
                    _v689.append(_element690)
                    continue
                pos = _mark691
                break
            if _v689:
                return _v689
            pos = _start
        return None

    # invalid_lambda_star_etc: '*' (':' | ',' (':' | '**')) { raise_syntax_error(p, "named arguments must follow bare *") } | '*' lambda_param a='=' { raise_known_location(p, a, "var-positional argument cannot have default value") } | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (lambda_param_no_default | ',') { raise_known_location(p, a, "* argument may appear only once") }
    def invalid_lambda_star_etc_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '*' (':' | ',' (':' | '**')) { raise_syntax_error(p, "named arguments must follow bare *") }
        if _t == 16:
            pos += 1
            if tok_type[pos] in {11, 12} and (_ := _group_20()) is not None:
                return raise_syntax_error(p, "named arguments must follow bare *")
            pos = _start
        # '*' lambda_param a='=' { raise_known_location(p, a, "var-positional argument cannot have default value") }
        if _t == 16:
            pos += 1
            if tok_type[pos] == 1 and (_ := lambda_param_rule()) is not None:
                if tok_type[pos] == 22:
                    a = pos
                    pos += 1
                    return raise_known_location(p, a, "var-positional argument cannot have default value")
            pos = _start
        # '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (lambda_param_no_default | ',') { raise_known_location(p, a, "* argument may appear only once") }
        if _t == 16:
            pos += 1
            if tok_type[pos] in {1, 12} and (_ := _group_21()) is not None:
                _items692 = []
                while True:
                    _mark694 = pos
                    if tok_type[pos] == 1 and (_element693 := lambda_param_maybe_default_rule()) is not None:
                        _items692.append(_element693)
                        continue
                    pos = _mark694
                    break
                if tok_type[pos] == 16:
                    a = pos
                    pos += 1
                    if tok_type[pos] in {1, 12} and (_ := _group_22()) is not None:
                        return raise_known_location(p, a, "* argument may appear only once")
            pos = _start
        return None

    # invalid_lambda_kwds: '**' lambda_param a='=' { raise_known_location(p, a, "var-keyword argument cannot have default value") } | '**' lambda_param ',' a=lambda_param { raise_known_location(p, a, "arguments cannot follow var-keyword argument") } | '**' lambda_param ',' a=('*' | '**' | '/') { raise_known_location(p, a, "arguments cannot follow var-keyword argument") }
    def invalid_lambda_kwds_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '**' lambda_param a='=' { raise_known_location(p, a, "var-keyword argument cannot have default value") }
        if _t == 35:
            pos += 1
            if tok_type[pos] == 1 and (_ := lambda_param_rule()) is not None:
                if tok_type[pos] == 22:
                    a = pos
                    pos += 1
                    return raise_known_location(p, a, "var-keyword argument cannot have default value")
            pos = _start
        # '**' lambda_param ',' a=lambda_param { raise_known_location(p, a, "arguments cannot follow var-keyword argument") }
        if _t == 35:
            pos += 1
            if tok_type[pos] == 1 and (_ := lambda_param_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] == 1 and (a := lambda_param_rule()) is not None:
                        return raise_known_location(p, a, "arguments cannot follow var-keyword argument")
            pos = _start
        # '**' lambda_param ',' a=('*' | '**' | '/') { raise_known_location(p, a, "arguments cannot follow var-keyword argument") }
        if _t == 35:
            pos += 1
            if tok_type[pos] == 1 and (_ := lambda_param_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] in {16, 17, 35}:
                        a = pos
                        pos += 1
                        return raise_known_location(p, a, "arguments cannot follow var-keyword argument")
            pos = _start
        return None

    # invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT { raise_syntax_error(p, "Cannot have two type comments on def") }
    def invalid_double_type_comments_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT { raise_syntax_error(p, "Cannot have two type comments on def") }
        if _t == 59:
            pos += 1
            if tok_type[pos] == 4:
                pos += 1
                if tok_type[pos] == 59:
                    pos += 1
                    if tok_type[pos] == 4:
                        pos += 1
                        if tok_type[pos] == 5:
                            pos += 1
                            return raise_syntax_error(p, "Cannot have two type comments on def")
            pos = _start
        return None

    # invalid_with_item: expression 'as' a=expression &(',' | ')' | ':') { raise_invalid_target(p, STAR_TARGETS, a) }
    def invalid_with_item_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # expression 'as' a=expression &(',' | ')' | ':') { raise_invalid_target(p, STAR_TARGETS, a) }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_ := expression_rule()) is not None:
                if tok_type[pos] == 104:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                        if tok_type[pos] in {8, 11, 12}:
                            return raise_invalid_target(p, STAR_TARGETS, a)
            pos = _start
        return None

    # invalid_for_target: ASYNC? 'for' a=star_expressions { raise_invalid_target(p, FOR_TARGETS, a) }
    def invalid_for_target_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ASYNC? 'for' a=star_expressions { raise_invalid_target(p, FOR_TARGETS, a) }
        if _t in {57, 115}:
            if tok_type[pos] == 57:
                pos += 1
            if tok_type[pos] == 115:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := star_expressions_rule()) is not None:
                    return raise_invalid_target(p, FOR_TARGETS, a)
            pos = _start
        return None

    # invalid_group: '(' a=starred_expression ')' { raise_known_location(p, a, "cannot use starred expression here") } | '(' a='**' expression ')' { raise_known_location(p, a, "cannot use double starred expression here") }
    def invalid_group_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '(' a=starred_expression ')' { raise_known_location(p, a, "cannot use starred expression here") }
        if _t == 7:
            pos += 1
            if tok_type[pos] == 16 and (a := starred_expression_rule()) is not None:
                if tok_type[pos] == 8:
                    pos += 1
                    return raise_known_location(p, a, "cannot use starred expression here")
            pos = _start
        # '(' a='**' expression ')' { raise_known_location(p, a, "cannot use double starred expression here") }
        if _t == 7:
            pos += 1
            if tok_type[pos] == 35:
                a = pos
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                    if tok_type[pos] == 8:
                        pos += 1
                        return raise_known_location(p, a, "cannot use double starred expression here")
            pos = _start
        return None

    # invalid_import: a='import' ','.dotted_name+ 'from' dotted_name { raise_starting_from(p, a, "Did you mean to use 'from ... import ...' instead?") }
    def invalid_import_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a='import' ','.dotted_name+ 'from' dotted_name { raise_starting_from(p, a, "Did you mean to use 'from ... import ...' instead?") }
        if _t == 119:
            a = pos
            pos += 1
            if tok_type[pos] == 1 and (_element696 := dotted_name_rule()) is not None:
                _items695 = [_element696]
                while True:
                    _mark697 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] == 1 and (_element698 := dotted_name_rule()) is not None:
                            _items695.append(_element698)
                            continue
                    pos = _mark697
                    break
                if tok_type[pos] == 116:
                    pos += 1
                    if tok_type[pos] == 1 and (_ := dotted_name_rule()) is not None:
                        return raise_starting_from(p, a, "Did you mean to use 'from ... import ...' instead?")
            pos = _start
        return None

    # invalid_import_from_targets: import_from_as_names ',' NEWLINE { raise_syntax_error(p, "trailing comma not allowed without surrounding parentheses") }
    def invalid_import_from_targets_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # import_from_as_names ',' NEWLINE { raise_syntax_error(p, "trailing comma not allowed without surrounding parentheses") }
        if _t == 1:
            if (_ := import_from_as_names_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] == 4:
                        pos += 1
                        return raise_syntax_error(p, "trailing comma not allowed without surrounding parentheses")
            pos = _start
        return None

    # invalid_with_stmt: [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE { raise_syntax_error(p, "expected ':'") } | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE { raise_syntax_error(p, "expected ':'") }
    def invalid_with_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE { raise_syntax_error(p, "expected ':'") }
        if _t in {57, 131}:
            if tok_type[pos] == 57:
                pos += 1
            if tok_type[pos] == 131:
                pos += 1
                _mark701 = pos
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                        _ = None
                        _matched702 = False
                        _mark703 = pos
                        if tok_type[pos] == 104:
                            if tok_type[pos] == 104:
                                pos += 1
                                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                    _ = True
                                    _matched702 = True
                        if not _matched702:
                            pos = _mark703
                        _element700 = True
                        _items699 = [_element700]
                        while True:
                            _mark704 = pos
                            if tok_type[pos] == 12:
                                pos += 1
                                _mark706 = pos
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                                        _ = None
                                        _matched707 = False
                                        _mark708 = pos
                                        if tok_type[pos] == 104:
                                            if tok_type[pos] == 104:
                                                pos += 1
                                                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                                    _ = True
                                                    _matched707 = True
                                        if not _matched707:
                                            pos = _mark708
                                        _element705 = True
                                        _items699.append(_element705)
                                        continue
                                pos = _mark706
                            pos = _mark704
                            break
                        if tok_type[pos] == 4:
                            pos += 1
                            return raise_syntax_error(p, "expected ':'")
                pos = _mark701
            pos = _start
        # [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE { raise_syntax_error(p, "expected ':'") }
        if _t in {57, 131}:
            if tok_type[pos] == 57:
                pos += 1
            if tok_type[pos] == 131:
                pos += 1
                if tok_type[pos] == 7:
                    pos += 1
                    _mark711 = pos
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expressions_rule()) is not None:
                            _ = None
                            _matched712 = False
                            _mark713 = pos
                            if tok_type[pos] == 104:
                                if tok_type[pos] == 104:
                                    pos += 1
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                        _ = True
                                        _matched712 = True
                            if not _matched712:
                                pos = _mark713
                            _element710 = True
                            _items709 = [_element710]
                            while True:
                                _mark714 = pos
                                if tok_type[pos] == 12:
                                    pos += 1
                                    _mark716 = pos
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expressions_rule()) is not None:
                                            _ = None
                                            _matched717 = False
                                            _mark718 = pos
                                            if tok_type[pos] == 104:
                                                if tok_type[pos] == 104:
                                                    pos += 1
                                                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                                        _ = True
                                                        _matched717 = True
                                            if not _matched717:
                                                pos = _mark718
                                            _element715 = True
                                            _items709.append(_element715)
                                            continue
                                    pos = _mark716
                                pos = _mark714
                                break
                            if tok_type[pos] == 12:
                                pos += 1
                            if tok_type[pos] == 8:
                                pos += 1
                                if tok_type[pos] == 4:
                                    pos += 1
                                    return raise_syntax_error(p, "expected ':'")
                    pos = _mark711
            pos = _start
        return None

    # invalid_with_stmt_indent: [ASYNC] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'with' statement on line {p.tok_lineno[a]}") } | [ASYNC] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'with' statement on line {p.tok_lineno[a]}") }
    def invalid_with_stmt_indent_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # [ASYNC] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'with' statement on line {p.tok_lineno[a]}") }
        if _t in {57, 131}:
            if tok_type[pos] == 57:
                pos += 1
            if tok_type[pos] == 131:
                a = pos
                pos += 1
                _mark721 = pos
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                        _ = None
                        _matched722 = False
                        _mark723 = pos
                        if tok_type[pos] == 104:
                            if tok_type[pos] == 104:
                                pos += 1
                                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                    _ = True
                                    _matched722 = True
                        if not _matched722:
                            pos = _mark723
                        _element720 = True
                        _items719 = [_element720]
                        while True:
                            _mark724 = pos
                            if tok_type[pos] == 12:
                                pos += 1
                                _mark726 = pos
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                                        _ = None
                                        _matched727 = False
                                        _mark728 = pos
                                        if tok_type[pos] == 104:
                                            if tok_type[pos] == 104:
                                                pos += 1
                                                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                                    _ = True
                                                    _matched727 = True
                                        if not _matched727:
                                            pos = _mark728
                                        _element725 = True
                                        _items719.append(_element725)
                                        continue
                                pos = _mark726
                            pos = _mark724
                            break
                        if tok_type[pos] == 11:
                            pos += 1
                            if tok_type[pos] == 4:
                                pos += 1
                                if not (tok_type[pos] == 5):
                                    return raise_indentation_error(p, f"expected an indented block after 'with' statement on line {p.tok_lineno[a]}")
                pos = _mark721
            pos = _start
        # [ASYNC] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'with' statement on line {p.tok_lineno[a]}") }
        if _t in {57, 131}:
            if tok_type[pos] == 57:
                pos += 1
            if tok_type[pos] == 131:
                a = pos
                pos += 1
                if tok_type[pos] == 7:
                    pos += 1
                    _mark731 = pos
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expressions_rule()) is not None:
                            _ = None
                            _matched732 = False
                            _mark733 = pos
                            if tok_type[pos] == 104:
                                if tok_type[pos] == 104:
                                    pos += 1
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                        _ = True
                                        _matched732 = True
                            if not _matched732:
                                pos = _mark733
                            _element730 = True
                            _items729 = [_element730]
                            while True:
                                _mark734 = pos
                                if tok_type[pos] == 12:
                                    pos += 1
                                    _mark736 = pos
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expressions_rule()) is not None:
                                            _ = None
                                            _matched737 = False
                                            _mark738 = pos
                                            if tok_type[pos] == 104:
                                                if tok_type[pos] == 104:
                                                    pos += 1
                                                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                                        _ = True
                                                        _matched737 = True
                                            if not _matched737:
                                                pos = _mark738
                                            _element735 = True
                                            _items729.append(_element735)
                                            continue
                                    pos = _mark736
                                pos = _mark734
                                break
                            if tok_type[pos] == 12:
                                pos += 1
                            if tok_type[pos] == 8:
                                pos += 1
                                if tok_type[pos] == 11:
                                    pos += 1
                                    if tok_type[pos] == 4:
                                        pos += 1
                                        if not (tok_type[pos] == 5):
                                            return raise_indentation_error(p, f"expected an indented block after 'with' statement on line {p.tok_lineno[a]}")
                    pos = _mark731
            pos = _start
        return None

    # invalid_try_stmt: a='try' ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'try' statement on line {p.tok_lineno[a]}") } | 'try' ':' block !('except' | 'finally') { raise_syntax_error(p, "expected 'except' or 'finally' block") } | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':' { raise_known_range(p, a, b, "cannot have both 'except' and 'except*' on the same 'try'") } | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':' { raise_known_location(p, a, "cannot have both 'except' and 'except*' on the same 'try'") }
    def invalid_try_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a='try' ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'try' statement on line {p.tok_lineno[a]}") }
        if _t == 129:
            a = pos
            pos += 1
            if tok_type[pos] == 11:
                pos += 1
                if tok_type[pos] == 4:
                    pos += 1
                    if not (tok_type[pos] == 5):
                        return raise_indentation_error(p, f"expected an indented block after 'try' statement on line {p.tok_lineno[a]}")
            pos = _start
        # 'try' ':' block !('except' | 'finally') { raise_syntax_error(p, "expected 'except' or 'finally' block") }
        if _t == 129:
            pos += 1
            if tok_type[pos] == 11:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (_ := block_rule()) is not None:
                    if not (tok_type[pos] in {113, 114}):
                        return raise_syntax_error(p, "expected 'except' or 'finally' block")
            pos = _start
        # 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':' { raise_known_range(p, a, b, "cannot have both 'except' and 'except*' on the same 'try'") }
        if _t == 129:
            pos += 1
            if tok_type[pos] == 11:
                pos += 1
                _items739 = []
                while True:
                    _mark741 = pos
                    if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (_element740 := block_rule()) is not None:
                        _items739.append(_element740)
                        continue
                    pos = _mark741
                    break
                _items742 = []
                while True:
                    _mark744 = pos
                    if tok_type[pos] == 113 and (_element743 := except_block_rule()) is not None:
                        _items742.append(_element743)
                        continue
                    pos = _mark744
                    break
                if _items742:
                    if tok_type[pos] == 113:
                        a = pos
                        pos += 1
                        if tok_type[pos] == 16:
                            b = pos
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                                _ = None
                                _matched745 = False
                                _mark746 = pos
                                if tok_type[pos] == 104:
                                    if tok_type[pos] == 104:
                                        pos += 1
                                        if tok_type[pos] == 1:
                                            pos += 1
                                            _ = True
                                            _matched745 = True
                                if not _matched745:
                                    pos = _mark746
                                if tok_type[pos] == 11:
                                    pos += 1
                                    return raise_known_range(p, a, b, "cannot have both 'except' and 'except*' on the same 'try'")
            pos = _start
        # 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':' { raise_known_location(p, a, "cannot have both 'except' and 'except*' on the same 'try'") }
        if _t == 129:
            pos += 1
            if tok_type[pos] == 11:
                pos += 1
                _items747 = []
                while True:
                    _mark749 = pos
                    if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (_element748 := block_rule()) is not None:
                        _items747.append(_element748)
                        continue
                    pos = _mark749
                    break
                _items750 = []
                while True:
                    _mark752 = pos
                    if tok_type[pos] == 113 and (_element751 := except_star_block_rule()) is not None:
                        _items750.append(_element751)
                        continue
                    pos = _mark752
                    break
                if _items750:
                    if tok_type[pos] == 113:
                        a = pos
                        pos += 1
                        _ = None
                        _matched753 = False
                        _mark754 = pos
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                                _ = None
                                _matched755 = False
                                _mark756 = pos
                                if tok_type[pos] == 104:
                                    if tok_type[pos] == 104:
                                        pos += 1
                                        if tok_type[pos] == 1:
                                            pos += 1
                                            _ = True
                                            _matched755 = True
                                if not _matched755:
                                    pos = _mark756
                                _ = True
                                _matched753 = True
                        if not _matched753:
                            pos = _mark754
                        if tok_type[pos] == 11:
                            pos += 1
                            return raise_known_location(p, a, "cannot have both 'except' and 'except*' on the same 'try'")
            pos = _start
        return None

    # invalid_except_stmt: 'except' '*'? a=expression ',' expressions ['as' NAME] ':' { raise_starting_from(p, a, "multiple exception types must be parenthesized") } | a='except' '*'? expression ['as' NAME] NEWLINE { raise_syntax_error(p, "expected ':'") } | a='except' NEWLINE { raise_syntax_error(p, "expected ':'") } | a='except' '*' (NEWLINE | ':') { raise_syntax_error(p, "expected one or more exception types") }
    def invalid_except_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'except' '*'? a=expression ',' expressions ['as' NAME] ':' { raise_starting_from(p, a, "multiple exception types must be parenthesized") }
        if _t == 113:
            pos += 1
            if tok_type[pos] == 16:
                pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expressions_rule()) is not None:
                        _ = None
                        _matched757 = False
                        _mark758 = pos
                        if tok_type[pos] == 104:
                            if tok_type[pos] == 104:
                                pos += 1
                                if tok_type[pos] == 1:
                                    pos += 1
                                    _ = True
                                    _matched757 = True
                        if not _matched757:
                            pos = _mark758
                        if tok_type[pos] == 11:
                            pos += 1
                            return raise_starting_from(p, a, "multiple exception types must be parenthesized")
            pos = _start
        # a='except' '*'? expression ['as' NAME] NEWLINE { raise_syntax_error(p, "expected ':'") }
        if _t == 113:
            a = pos
            pos += 1
            if tok_type[pos] == 16:
                pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                _ = None
                _matched759 = False
                _mark760 = pos
                if tok_type[pos] == 104:
                    if tok_type[pos] == 104:
                        pos += 1
                        if tok_type[pos] == 1:
                            pos += 1
                            _ = True
                            _matched759 = True
                if not _matched759:
                    pos = _mark760
                if tok_type[pos] == 4:
                    pos += 1
                    return raise_syntax_error(p, "expected ':'")
            pos = _start
        # a='except' NEWLINE { raise_syntax_error(p, "expected ':'") }
        if _t == 113:
            a = pos
            pos += 1
            if tok_type[pos] == 4:
                pos += 1
                return raise_syntax_error(p, "expected ':'")
            pos = _start
        # a='except' '*' (NEWLINE | ':') { raise_syntax_error(p, "expected one or more exception types") }
        if _t == 113:
            a = pos
            pos += 1
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {4, 11}:
                    pos += 1
                    return raise_syntax_error(p, "expected one or more exception types")
            pos = _start
        return None

    # invalid_finally_stmt: a='finally' ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'finally' statement on line {p.tok_lineno[a]}") }
    def invalid_finally_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a='finally' ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'finally' statement on line {p.tok_lineno[a]}") }
        if _t == 114:
            a = pos
            pos += 1
            if tok_type[pos] == 11:
                pos += 1
                if tok_type[pos] == 4:
                    pos += 1
                    if not (tok_type[pos] == 5):
                        return raise_indentation_error(p, f"expected an indented block after 'finally' statement on line {p.tok_lineno[a]}")
            pos = _start
        return None

    # invalid_except_stmt_indent: a='except' expression ['as' NAME] ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'except' statement on line {p.tok_lineno[a]}") } | a='except' ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'except' statement on line {p.tok_lineno[a]}") }
    def invalid_except_stmt_indent_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a='except' expression ['as' NAME] ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'except' statement on line {p.tok_lineno[a]}") }
        if _t == 113:
            a = pos
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                _ = None
                _matched761 = False
                _mark762 = pos
                if tok_type[pos] == 104:
                    if tok_type[pos] == 104:
                        pos += 1
                        if tok_type[pos] == 1:
                            pos += 1
                            _ = True
                            _matched761 = True
                if not _matched761:
                    pos = _mark762
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] == 4:
                        pos += 1
                        if not (tok_type[pos] == 5):
                            return raise_indentation_error(p, f"expected an indented block after 'except' statement on line {p.tok_lineno[a]}")
            pos = _start
        # a='except' ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'except' statement on line {p.tok_lineno[a]}") }
        if _t == 113:
            a = pos
            pos += 1
            if tok_type[pos] == 11:
                pos += 1
                if tok_type[pos] == 4:
                    pos += 1
                    if not (tok_type[pos] == 5):
                        return raise_indentation_error(p, f"expected an indented block after 'except' statement on line {p.tok_lineno[a]}")
            pos = _start
        return None

    # invalid_except_star_stmt_indent: a='except' '*' expression ['as' NAME] ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'except*' statement on line {p.tok_lineno[a]}") }
    def invalid_except_star_stmt_indent_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a='except' '*' expression ['as' NAME] ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'except*' statement on line {p.tok_lineno[a]}") }
        if _t == 113:
            a = pos
            pos += 1
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                    _ = None
                    _matched763 = False
                    _mark764 = pos
                    if tok_type[pos] == 104:
                        if tok_type[pos] == 104:
                            pos += 1
                            if tok_type[pos] == 1:
                                pos += 1
                                _ = True
                                _matched763 = True
                    if not _matched763:
                        pos = _mark764
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] == 4:
                            pos += 1
                            if not (tok_type[pos] == 5):
                                return raise_indentation_error(p, f"expected an indented block after 'except*' statement on line {p.tok_lineno[a]}")
            pos = _start
        return None

    # invalid_match_stmt: "match" subject_expr NEWLINE { check_version(p, 10, "Pattern matching is", raise_syntax_error(p, "expected ':'")) } | a="match" subject_expr ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'match' statement on line {p.tok_lineno[a]}") }
    def invalid_match_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # "match" subject_expr NEWLINE { check_version(p, 10, "Pattern matching is", raise_syntax_error(p, "expected ':'")) }
        if _t == 1:
            if tok_type[pos] == 1 and tok_string[pos] == 'match':
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := subject_expr_rule()) is not None:
                    if tok_type[pos] == 4:
                        pos += 1
                        return check_version(p, 10, "Pattern matching is", raise_syntax_error(p, "expected ':'"))
            pos = _start
        # a="match" subject_expr ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'match' statement on line {p.tok_lineno[a]}") }
        if _t == 1:
            if tok_type[pos] == 1 and tok_string[pos] == 'match':
                a = pos
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := subject_expr_rule()) is not None:
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] == 4:
                            pos += 1
                            if not (tok_type[pos] == 5):
                                return raise_indentation_error(p, f"expected an indented block after 'match' statement on line {p.tok_lineno[a]}")
            pos = _start
        return None

    # invalid_case_block: "case" patterns guard? NEWLINE { raise_syntax_error(p, "expected ':'") } | a="case" patterns guard? ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'case' statement on line {p.tok_lineno[a]}") }
    def invalid_case_block_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # "case" patterns guard? NEWLINE { raise_syntax_error(p, "expected ':'") }
        if _t == 1:
            if tok_type[pos] == 1 and tok_string[pos] == 'case':
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102} and (_ := patterns_rule()) is not None:
                    _ = guard_rule() if tok_type[pos] == 118 else None
                    if tok_type[pos] == 4:
                        pos += 1
                        return raise_syntax_error(p, "expected ':'")
            pos = _start
        # a="case" patterns guard? ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'case' statement on line {p.tok_lineno[a]}") }
        if _t == 1:
            if tok_type[pos] == 1 and tok_string[pos] == 'case':
                a = pos
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102} and (_ := patterns_rule()) is not None:
                    _ = guard_rule() if tok_type[pos] == 118 else None
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] == 4:
                            pos += 1
                            if not (tok_type[pos] == 5):
                                return raise_indentation_error(p, f"expected an indented block after 'case' statement on line {p.tok_lineno[a]}")
            pos = _start
        return None

    # invalid_as_pattern: or_pattern 'as' a="_" { raise_known_location(p, a, "cannot use '_' as a target") } | or_pattern 'as' !NAME a=expression { raise_known_location(p, a, "invalid pattern target") }
    def invalid_as_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 2 alternatives begin with or_pattern: parse it once
        _shared765 = or_pattern_rule() if _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} else None
        _shared_end766 = pos
        pos = _start
        # or_pattern 'as' a="_" { raise_known_location(p, a, "cannot use '_' as a target") }
        if _shared765 is not None:
            pos = _shared_end766
            if tok_type[pos] == 104:
                pos += 1
                if tok_type[pos] == 1 and tok_string[pos] == '_':
                    a = pos
                    pos += 1
                    return raise_known_location(p, a, "cannot use '_' as a target")
        pos = _start
        # or_pattern 'as' !NAME a=expression { raise_known_location(p, a, "invalid pattern target") }
        if _shared765 is not None:
            pos = _shared_end766
            if tok_type[pos] == 104:
                pos += 1
                if not (tok_type[pos] == 1):
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                        return raise_known_location(p, a, "invalid pattern target")
        pos = _start
        return None

    # invalid_class_pattern: name_or_attr '(' a=invalid_class_argument_pattern { raise_known_range(p, a[0], a[-1], "positional patterns follow keyword patterns") }
    def invalid_class_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # name_or_attr '(' a=invalid_class_argument_pattern { raise_known_range(p, a[0], a[-1], "positional patterns follow keyword patterns") }
        if call_invalid_rules and _t == 1:
            if (_ := name_or_attr_rule()) is not None:
                if tok_type[pos] == 7:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (a := invalid_class_argument_pattern_rule()) is not None:
                        return raise_known_range(p, a[0], a[-1], "positional patterns follow keyword patterns")
            pos = _start
        return None

    # invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' a=positional_patterns { a }
    def invalid_class_argument_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # [positional_patterns ','] keyword_patterns ',' a=positional_patterns { a }
        if _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
            _ = None
            _matched767 = False
            _mark768 = pos
            if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (_ := positional_patterns_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                        _ = True
                        _matched767 = True
            if not _matched767:
                pos = _mark768
            if tok_type[pos] == 1 and (_ := keyword_patterns_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (a := positional_patterns_rule()) is not None:
                        return a
            pos = _start
        return None

    # invalid_if_stmt: 'if' named_expression NEWLINE { raise_syntax_error(p, "expected ':'") } | a='if' a=named_expression ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'if' statement on line {a.lineno}") }
    def invalid_if_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'if' named_expression NEWLINE { raise_syntax_error(p, "expected ':'") }
        if _t == 118:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := named_expression_rule()) is not None:
                if tok_type[pos] == 4:
                    pos += 1
                    return raise_syntax_error(p, "expected ':'")
            pos = _start
        # a='if' a=named_expression ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'if' statement on line {a.lineno}") }
        if _t == 118:
            a = pos
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] == 4:
                        pos += 1
                        if not (tok_type[pos] == 5):
                            return raise_indentation_error(p, f"expected an indented block after 'if' statement on line {a.lineno}")
            pos = _start
        return None

    # invalid_elif_stmt: 'elif' named_expression NEWLINE { raise_syntax_error(p, "expected ':'") } | a='elif' named_expression ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'elif' statement on line {p.tok_lineno[a]}") }
    def invalid_elif_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'elif' named_expression NEWLINE { raise_syntax_error(p, "expected ':'") }
        if _t == 111:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := named_expression_rule()) is not None:
                if tok_type[pos] == 4:
                    pos += 1
                    return raise_syntax_error(p, "expected ':'")
            pos = _start
        # a='elif' named_expression ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'elif' statement on line {p.tok_lineno[a]}") }
        if _t == 111:
            a = pos
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := named_expression_rule()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] == 4:
                        pos += 1
                        if not (tok_type[pos] == 5):
                            return raise_indentation_error(p, f"expected an indented block after 'elif' statement on line {p.tok_lineno[a]}")
            pos = _start
        return None

    # invalid_else_stmt: a='else' ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'else' statement on line {p.tok_lineno[a]}") }
    def invalid_else_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a='else' ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'else' statement on line {p.tok_lineno[a]}") }
        if _t == 112:
            a = pos
            pos += 1
            if tok_type[pos] == 11:
                pos += 1
                if tok_type[pos] == 4:
                    pos += 1
                    if not (tok_type[pos] == 5):
                        return raise_indentation_error(p, f"expected an indented block after 'else' statement on line {p.tok_lineno[a]}")
            pos = _start
        return None

    # invalid_while_stmt: 'while' named_expression NEWLINE { raise_syntax_error(p, "expected ':'") } | a='while' named_expression ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'while' statement on line {p.tok_lineno[a]}") }
    def invalid_while_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'while' named_expression NEWLINE { raise_syntax_error(p, "expected ':'") }
        if _t == 130:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := named_expression_rule()) is not None:
                if tok_type[pos] == 4:
                    pos += 1
                    return raise_syntax_error(p, "expected ':'")
            pos = _start
        # a='while' named_expression ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'while' statement on line {p.tok_lineno[a]}") }
        if _t == 130:
            a = pos
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := named_expression_rule()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] == 4:
                        pos += 1
                        if not (tok_type[pos] == 5):
                            return raise_indentation_error(p, f"expected an indented block after 'while' statement on line {p.tok_lineno[a]}")
            pos = _start
        return None

    # invalid_for_stmt: [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE { raise_syntax_error(p, "expected ':'") } | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'for' statement on line {p.tok_lineno[a]}") }
    def invalid_for_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE { raise_syntax_error(p, "expected ':'") }
        if _t in {57, 115}:
            if tok_type[pos] == 57:
                pos += 1
            if tok_type[pos] == 115:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_targets_rule()) is not None:
                    if tok_type[pos] == 120:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := star_expressions_rule()) is not None:
                            if tok_type[pos] == 4:
                                pos += 1
                                return raise_syntax_error(p, "expected ':'")
            pos = _start
        # [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'for' statement on line {p.tok_lineno[a]}") }
        if _t in {57, 115}:
            if tok_type[pos] == 57:
                pos += 1
            if tok_type[pos] == 115:
                a = pos
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_targets_rule()) is not None:
                    if tok_type[pos] == 120:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := star_expressions_rule()) is not None:
                            if tok_type[pos] == 11:
                                pos += 1
                                if tok_type[pos] == 4:
                                    pos += 1
                                    if not (tok_type[pos] == 5):
                                        return raise_indentation_error(p, f"expected an indented block after 'for' statement on line {p.tok_lineno[a]}")
            pos = _start
        return None

    # invalid_def_raw: [ASYNC] a='def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after function definition on line {p.tok_lineno[a]}") }
    def invalid_def_raw_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # [ASYNC] a='def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after function definition on line {p.tok_lineno[a]}") }
        if _t in {57, 109}:
            if tok_type[pos] == 57:
                pos += 1
            if tok_type[pos] == 109:
                a = pos
                pos += 1
                if tok_type[pos] == 1:
                    pos += 1
                    _ = None
                    _matched769 = False
                    _mark771 = pos
                    if tok_type[pos] == 9:
                        if tok_type[pos] == 9 and (_v770 := type_params_rule()) is not None:
                            _ = _v770
                            _matched769 = True
                    if not _matched769:
                        pos = _mark771
                    if tok_type[pos] == 7:
                        pos += 1
                        _ = None
                        _matched772 = False
                        _mark774 = pos
                        if tok_type[pos] in {1, 7, 16, 17, 35}:
                            if tok_type[pos] in {1, 7, 16, 17, 35} and (_v773 := params_rule()) is not None:
                                _ = _v773
                                _matched772 = True
                        if not _matched772:
                            pos = _mark774
                        if tok_type[pos] == 8:
                            pos += 1
                            _ = None
                            _matched775 = False
                            _mark776 = pos
                            if tok_type[pos] == 51:
                                if tok_type[pos] == 51:
                                    pos += 1
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                                        _ = True
                                        _matched775 = True
                            if not _matched775:
                                pos = _mark776
                            if tok_type[pos] == 11:
                                pos += 1
                                if tok_type[pos] == 4:
                                    pos += 1
                                    if not (tok_type[pos] == 5):
                                        return raise_indentation_error(p, f"expected an indented block after function definition on line {p.tok_lineno[a]}")
            pos = _start
        return None

    # invalid_class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE { raise_syntax_error(p, "expected ':'") } | a='class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after class definition on line {p.tok_lineno[a]}") }
    def invalid_class_def_raw_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE { raise_syntax_error(p, "expected ':'") }
        if _t == 107:
            pos += 1
            if tok_type[pos] == 1:
                pos += 1
                _ = None
                _matched777 = False
                _mark779 = pos
                if tok_type[pos] == 9:
                    if tok_type[pos] == 9 and (_v778 := type_params_rule()) is not None:
                        _ = _v778
                        _matched777 = True
                if not _matched777:
                    pos = _mark779
                _ = None
                _matched780 = False
                _mark781 = pos
                if tok_type[pos] == 7:
                    if tok_type[pos] == 7:
                        pos += 1
                        _ = None
                        _matched782 = False
                        _mark784 = pos
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v783 := arguments_rule()) is not None:
                                _ = _v783
                                _matched782 = True
                        if not _matched782:
                            pos = _mark784
                        if tok_type[pos] == 8:
                            pos += 1
                            _ = True
                            _matched780 = True
                if not _matched780:
                    pos = _mark781
                if tok_type[pos] == 4:
                    pos += 1
                    return raise_syntax_error(p, "expected ':'")
            pos = _start
        # a='class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after class definition on line {p.tok_lineno[a]}") }
        if _t == 107:
            a = pos
            pos += 1
            if tok_type[pos] == 1:
                pos += 1
                _ = None
                _matched785 = False
                _mark787 = pos
                if tok_type[pos] == 9:
                    if tok_type[pos] == 9 and (_v786 := type_params_rule()) is not None:
                        _ = _v786
                        _matched785 = True
                if not _matched785:
                    pos = _mark787
                _ = None
                _matched788 = False
                _mark789 = pos
                if tok_type[pos] == 7:
                    if tok_type[pos] == 7:
                        pos += 1
                        _ = None
                        _matched790 = False
                        _mark792 = pos
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v791 := arguments_rule()) is not None:
                                _ = _v791
                                _matched790 = True
                        if not _matched790:
                            pos = _mark792
                        if tok_type[pos] == 8:
                            pos += 1
                            _ = True
                            _matched788 = True
                if not _matched788:
                    pos = _mark789
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] == 4:
                        pos += 1
                        if not (tok_type[pos] == 5):
                            return raise_indentation_error(p, f"expected an indented block after class definition on line {p.tok_lineno[a]}")
            pos = _start
        return None

    # invalid_double_starred_kvpairs: ','.double_starred_kvpair+ ',' invalid_kvpair | expression ':' a='*' bitwise_or { raise_starting_from(p, a, "cannot use a starred expression in a dictionary value") } | expression a=':' &('}' | ',') { raise_known_location(p, a, "expression expected after dictionary key and ':'") }
    def invalid_double_starred_kvpairs_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ','.double_starred_kvpair+ ',' invalid_kvpair
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element794 := double_starred_kvpair_rule()) is not None:
                _items793 = [_element794]
                while True:
                    _mark795 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element796 := double_starred_kvpair_rule()) is not None:
                            _items793.append(_element796)
                            continue
                    pos = _mark795
                    break
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := invalid_kvpair_rule()) is not None:
                        return True
            pos = _start
        # the next 2 alternatives begin with expression: parse it once
        _shared797 = expression_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} else None
        _shared_end798 = pos
        pos = _start
        # expression ':' a='*' bitwise_or { raise_starting_from(p, a, "cannot use a starred expression in a dictionary value") }
        if _shared797 is not None:
            pos = _shared_end798
            if tok_type[pos] == 11:
                pos += 1
                if tok_type[pos] == 16:
                    a = pos
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (_ := bitwise_or_rule()) is not None:
                        return raise_starting_from(p, a, "cannot use a starred expression in a dictionary value")
        pos = _start
        # expression a=':' &('}' | ',') { raise_known_location(p, a, "expression expected after dictionary key and ':'") }
        if _shared797 is not None:
            pos = _shared_end798
            if tok_type[pos] == 11:
                a = pos
                pos += 1
                if tok_type[pos] in {12, 26}:
                    return raise_known_location(p, a, "expression expected after dictionary key and ':'")
        pos = _start
        return None

    # invalid_kvpair: a=expression !(':') { raise_error_known_location(p, SyntaxError, a.lineno, a.end_col_offset - 1, a.end_lineno, -1, "':' expected after dictionary key") } | expression ':' a='*' bitwise_or { raise_starting_from(p, a, "cannot use a starred expression in a dictionary value") } | expression a=':' &('}' | ',') { raise_known_location(p, a, "expression expected after dictionary key and ':'") }
    def invalid_kvpair_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 3 alternatives begin with expression: parse it once
        _shared799 = expression_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} else None
        _shared_end800 = pos
        pos = _start
        # a=expression !(':') { raise_error_known_location(p, SyntaxError, a.lineno, a.end_col_offset - 1, a.end_lineno, -1, "':' expected after dictionary key") }
        if _shared799 is not None:
            pos = _shared_end800
            a = _shared799
            if not (tok_type[pos] == 11):
                return raise_error_known_location(p, SyntaxError, a.lineno, a.end_col_offset - 1, a.end_lineno, -1, "':' expected after dictionary key")
        pos = _start
        # expression ':' a='*' bitwise_or { raise_starting_from(p, a, "cannot use a starred expression in a dictionary value") }
        if _shared799 is not None:
            pos = _shared_end800
            if tok_type[pos] == 11:
                pos += 1
                if tok_type[pos] == 16:
                    a = pos
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (_ := bitwise_or_rule()) is not None:
                        return raise_starting_from(p, a, "cannot use a starred expression in a dictionary value")
        pos = _start
        # expression a=':' &('}' | ',') { raise_known_location(p, a, "expression expected after dictionary key and ':'") }
        if _shared799 is not None:
            pos = _shared_end800
            if tok_type[pos] == 11:
                a = pos
                pos += 1
                if tok_type[pos] in {12, 26}:
                    return raise_known_location(p, a, "expression expected after dictionary key and ':'")
        pos = _start
        return None

    # invalid_starred_expression: a='*' expression '=' b=expression { raise_known_range(p, a, b, "cannot assign to iterable argument unpacking") }
    def invalid_starred_expression_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a='*' expression '=' b=expression { raise_known_range(p, a, b, "cannot assign to iterable argument unpacking") }
        if _t == 16:
            a = pos
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                if tok_type[pos] == 22:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                        return raise_known_range(p, a, b, "cannot assign to iterable argument unpacking")
            pos = _start
        return None

    # invalid_replacement_field: '{' a='=' { raise_known_location(p, a, "f-string: valid expression required before '='") } | '{' a='!' { raise_known_location(p, a, "f-string: valid expression required before '!'") } | '{' a=':' { raise_known_location(p, a, "f-string: valid expression required before ':'") } | '{' a='}' { raise_known_location(p, a, "f-string: valid expression required before '}'") } | '{' !(yield_expr | star_expressions) { raise_on_next_token(p, pos, "f-string: expecting a valid expression after '{'") } | '{' (yield_expr | star_expressions) !('=' | '!' | ':' | '}') { raise_on_next_token(p, pos, "f-string: expecting '=', or '!', or ':', or '}'") } | '{' (yield_expr | star_expressions) '=' !('!' | ':' | '}') { raise_on_next_token(p, pos, "f-string: expecting '!', or ':', or '}'") } | '{' (yield_expr | star_expressions) '='? invalid_conversion_character | '{' (yield_expr | star_expressions) '='? ['!' NAME] !(':' | '}') { raise_on_next_token(p, pos, "f-string: expecting ':' or '}'") } | '{' (yield_expr | star_expressions) '='? ['!' NAME] ':' fstring_format_spec* !'}' { raise_on_next_token(p, pos, "f-string: expecting '}', or format specs") } | '{' (yield_expr | star_expressions) '='? ['!' NAME] !'}' { raise_on_next_token(p, pos, "f-string: expecting '}'") }
    def invalid_replacement_field_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '{' a='=' { raise_known_location(p, a, "f-string: valid expression required before '='") }
        if _t == 25:
            pos += 1
            if tok_type[pos] == 22:
                a = pos
                pos += 1
                return raise_known_location(p, a, "f-string: valid expression required before '='")
            pos = _start
        # '{' a='!' { raise_known_location(p, a, "f-string: valid expression required before '!'") }
        if _t == 25:
            pos += 1
            if tok_type[pos] == 54:
                a = pos
                pos += 1
                return raise_known_location(p, a, "f-string: valid expression required before '!'")
            pos = _start
        # '{' a=':' { raise_known_location(p, a, "f-string: valid expression required before ':'") }
        if _t == 25:
            pos += 1
            if tok_type[pos] == 11:
                a = pos
                pos += 1
                return raise_known_location(p, a, "f-string: valid expression required before ':'")
            pos = _start
        # '{' a='}' { raise_known_location(p, a, "f-string: valid expression required before '}'") }
        if _t == 25:
            pos += 1
            if tok_type[pos] == 26:
                a = pos
                pos += 1
                return raise_known_location(p, a, "f-string: valid expression required before '}'")
            pos = _start
        # '{' !(yield_expr | star_expressions) { raise_on_next_token(p, pos, "f-string: expecting a valid expression after '{'") }
        if _t == 25:
            pos += 1
            _mark801 = pos
            _found = (tok_type[pos] == 132 and (_ := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := star_expressions_rule()) is not None)
            pos = _mark801
            if not _found:
                return raise_on_next_token(p, pos, "f-string: expecting a valid expression after '{'")
            pos = _start
        # '{' (yield_expr | star_expressions) !('=' | '!' | ':' | '}') { raise_on_next_token(p, pos, "f-string: expecting '=', or '!', or ':', or '}'") }
        if _t == 25:
            pos += 1
            if (tok_type[pos] == 132 and (_v802 := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v802 := star_expressions_rule()) is not None):
                if not (tok_type[pos] in {11, 22, 26, 54}):
                    return raise_on_next_token(p, pos, "f-string: expecting '=', or '!', or ':', or '}'")
            pos = _start
        # '{' (yield_expr | star_expressions) '=' !('!' | ':' | '}') { raise_on_next_token(p, pos, "f-string: expecting '!', or ':', or '}'") }
        if _t == 25:
            pos += 1
            if (tok_type[pos] == 132 and (_v803 := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v803 := star_expressions_rule()) is not None):
                if tok_type[pos] == 22:
                    pos += 1
                    if not (tok_type[pos] in {11, 26, 54}):
                        return raise_on_next_token(p, pos, "f-string: expecting '!', or ':', or '}'")
            pos = _start
        # '{' (yield_expr | star_expressions) '='? invalid_conversion_character
        if call_invalid_rules and _t == 25:
            pos += 1
            if (tok_type[pos] == 132 and (_v804 := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v804 := star_expressions_rule()) is not None):
                if tok_type[pos] == 22:
                    pos += 1
                if tok_type[pos] == 54 and (_ := invalid_conversion_character_rule()) is not None:
                    return True
            pos = _start
        # '{' (yield_expr | star_expressions) '='? ['!' NAME] !(':' | '}') { raise_on_next_token(p, pos, "f-string: expecting ':' or '}'") }
        if _t == 25:
            pos += 1
            if (tok_type[pos] == 132 and (_v805 := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v805 := star_expressions_rule()) is not None):
                if tok_type[pos] == 22:
                    pos += 1
                _ = None
                _matched806 = False
                _mark807 = pos
                if tok_type[pos] == 54:
                    if tok_type[pos] == 54:
                        pos += 1
                        if tok_type[pos] == 1:
                            pos += 1
                            _ = True
                            _matched806 = True
                if not _matched806:
                    pos = _mark807
                if not (tok_type[pos] in {11, 26}):
                    return raise_on_next_token(p, pos, "f-string: expecting ':' or '}'")
            pos = _start
        # '{' (yield_expr | star_expressions) '='? ['!' NAME] ':' fstring_format_spec* !'}' { raise_on_next_token(p, pos, "f-string: expecting '}', or format specs") }
        if _t == 25:
            pos += 1
            if (tok_type[pos] == 132 and (_v808 := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v808 := star_expressions_rule()) is not None):
                if tok_type[pos] == 22:
                    pos += 1
                _ = None
                _matched809 = False
                _mark810 = pos
                if tok_type[pos] == 54:
                    if tok_type[pos] == 54:
                        pos += 1
                        if tok_type[pos] == 1:
                            pos += 1
                            _ = True
                            _matched809 = True
                if not _matched809:
                    pos = _mark810
                if tok_type[pos] == 11:
                    pos += 1
                    _items811 = []
                    while True:
                        _mark813 = pos
                        if tok_type[pos] in {25, 62} and (_element812 := fstring_format_spec_rule()) is not None:
                            _items811.append(_element812)
                            continue
                        pos = _mark813
                        break
                    if not (tok_type[pos] == 26):
                        return raise_on_next_token(p, pos, "f-string: expecting '}', or format specs")
            pos = _start
        # '{' (yield_expr | star_expressions) '='? ['!' NAME] !'}' { raise_on_next_token(p, pos, "f-string: expecting '}'") }
        if _t == 25:
            pos += 1
            if (tok_type[pos] == 132 and (_v814 := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v814 := star_expressions_rule()) is not None):
                if tok_type[pos] == 22:
                    pos += 1
                _ = None
                _matched815 = False
                _mark816 = pos
                if tok_type[pos] == 54:
                    if tok_type[pos] == 54:
                        pos += 1
                        if tok_type[pos] == 1:
                            pos += 1
                            _ = True
                            _matched815 = True
                if not _matched815:
                    pos = _mark816
                if not (tok_type[pos] == 26):
                    return raise_on_next_token(p, pos, "f-string: expecting '}'")
            pos = _start
        return None

    # invalid_conversion_character: '!' &(':' | '}') { raise_on_next_token(p, pos, "f-string: missing conversion character") } | '!' !NAME { raise_on_next_token(p, pos, "f-string: invalid conversion character") }
    def invalid_conversion_character_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '!' &(':' | '}') { raise_on_next_token(p, pos, "f-string: missing conversion character") }
        if _t == 54:
            pos += 1
            if tok_type[pos] in {11, 26}:
                return raise_on_next_token(p, pos, "f-string: missing conversion character")
            pos = _start
        # '!' !NAME { raise_on_next_token(p, pos, "f-string: invalid conversion character") }
        if _t == 54:
            pos += 1
            if not (tok_type[pos] == 1):
                return raise_on_next_token(p, pos, "f-string: invalid conversion character")
            pos = _start
        return None

    # _group_1: '(' b=single_target ')' { b } | single_subscript_attribute_target
    def _group_1():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '(' b=single_target ')' { b }
        if _t == 7:
            pos += 1
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (b := single_target_rule()) is not None:
                if tok_type[pos] == 8:
                    pos += 1
                    return b
            pos = _start
        # single_subscript_attribute_target
        if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            if (_v817 := single_subscript_attribute_target_rule()) is not None:
                return _v817
            pos = _start
        return None

    # _group_2: tok='!=' { None if check_barry_as_flufl(p, tok) else tok }
    def _group_2():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # tok='!=' { None if check_barry_as_flufl(p, tok) else tok }
        if _t == 28:
            tok = pos
            pos += 1
            return None if check_barry_as_flufl(p, tok) else tok
            pos = _start
        return None

    # _group_3: assignment_expression | expression !':='
    def _group_3():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # assignment_expression
        if _t == 1:
            if (_v818 := assignment_expression_rule()) is not None:
                return _v818
            pos = _start
        # expression !':='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v819 := expression_rule()) is not None:
                if not (tok_type[pos] == 53):
                    return _v819
            pos = _start
        return None

    # _group_4: starred_expression | (assignment_expression | expression !':=') !'='
    def _group_4():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # starred_expression
        if _t == 16:
            if (_v820 := starred_expression_rule()) is not None:
                return _v820
            pos = _start
        # (assignment_expression | expression !':=') !'='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v821 := _group_23()) is not None:
                if not (tok_type[pos] == 22):
                    return _v821
            pos = _start
        return None

    # _group_5: _v820=starred_expression | _v821=(assignment_expression | expression !':=') !'='
    def _group_5():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # _v820=starred_expression
        if _t == 16:
            if (_v820 := starred_expression_rule()) is not None:
                return _v820
            pos = _start
        # _v821=(assignment_expression | expression !':=') !'='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v821 := _group_24()) is not None:
                if not (tok_type[pos] == 22):
                    return _v821
            pos = _start
        return None

    # _group_6: !'*' star_target
    def _group_6():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # !'*' star_target
        if _t in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102}:
            if not (tok_type[pos] == 16):
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_v822 := star_target_rule()) is not None:
                    return _v822
            pos = _start
        return None

    # _group_7: !'*' _v822=star_target
    def _group_7():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # !'*' _v822=star_target
        if _t in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102}:
            if not (tok_type[pos] == 16):
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_v822 := star_target_rule()) is not None:
                    return _v822
            pos = _start
        return None

    # _group_8: NEWLINE INDENT
    def _group_8():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # NEWLINE INDENT
        if _t == 4:
            pos += 1
            if tok_type[pos] == 5:
                pos += 1
                return True
            pos = _start
        return None

    # _group_9: (','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs
    def _group_9():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # (','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs)
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v823 := _group_25()) is not None:
                return _v823
            pos = _start
        # kwargs
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v824 := kwargs_rule()) is not None:
                return _v824
            pos = _start
        return None

    # _group_10: args | expression for_if_clauses
    def _group_10():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # args
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v825 := args_rule()) is not None:
                return _v825
            pos = _start
        # expression for_if_clauses
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_ := expression_rule()) is not None:
                if tok_type[pos] in {57, 115} and (_ := for_if_clauses_rule()) is not None:
                    return True
            pos = _start
        return None

    # _group_11: NAME '='
    def _group_11():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # NAME '='
        if _t == 1:
            pos += 1
            if tok_type[pos] == 22:
                pos += 1
                return True
            pos = _start
        return None

    # _group_12: NAME STRING | SOFT_KEYWORD
    def _group_12():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # NAME STRING
        if _t == 1:
            pos += 1
            if tok_type[pos] == 3:
                pos += 1
                return True
            pos = _start
        # SOFT_KEYWORD
        if _t == 1:
            if tok_type[pos] == 1 and tok_string[pos] in SOFT_KEYWORDS:
                _v826 = pos
                pos += 1
                return _v826
            pos = _start
        return None

    # _group_13: list | tuple | genexp | 'True' | 'None' | 'False'
    def _group_13():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # list
        if _t == 9:
            if (_v827 := list_rule()) is not None:
                return _v827
            pos = _start
        # tuple
        if _t == 7:
            if (_v828 := tuple_rule()) is not None:
                return _v828
            pos = _start
        # genexp
        if _t in {7, 9, 25}:
            if (_v829 := genexp_rule()) is not None:
                return _v829
            pos = _start
        # 'True'
        if _t == 102:
            _v830 = pos
            pos += 1
            return _v830
            pos = _start
        # 'None'
        if _t == 101:
            _v831 = pos
            pos += 1
            return _v831
            pos = _start
        # 'False'
        if _t == 100:
            _v832 = pos
            pos += 1
            return _v832
            pos = _start
        return None

    # _group_14: _v827=list | _v828=tuple | _v829=genexp | _v830='True' | _v831='None' | _v832='False'
    def _group_14():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # _v827=list
        if _t == 9:
            if (_v827 := list_rule()) is not None:
                return _v827
            pos = _start
        # _v828=tuple
        if _t == 7:
            if (_v828 := tuple_rule()) is not None:
                return _v828
            pos = _start
        # _v829=genexp
        if _t in {7, 9, 25}:
            if (_v829 := genexp_rule()) is not None:
                return _v829
            pos = _start
        # _v830='True'
        if _t == 102:
            _v830 = pos
            pos += 1
            return _v830
            pos = _start
        # _v831='None'
        if _t == 101:
            _v831 = pos
            pos += 1
            return _v831
            pos = _start
        # _v832='False'
        if _t == 100:
            _v832 = pos
            pos += 1
            return _v832
            pos = _start
        return None

    # _group_15: ',' | param_no_default
    def _group_15():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ','
        if _t == 12:
            _v833 = pos
            pos += 1
            return _v833
            pos = _start
        # param_no_default
        if _t == 1:
            if (_v834 := param_no_default_rule()) is not None:
                return _v834
            pos = _start
        return None

    # _group_16: ')' | ',' (')' | '**')
    def _group_16():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ')'
        if _t == 8:
            _v835 = pos
            pos += 1
            return _v835
            pos = _start
        # ',' (')' | '**')
        if _t == 12:
            pos += 1
            if tok_type[pos] in {8, 35}:
                pos += 1
                return True
            pos = _start
        return None

    # _group_17: param_no_default | ','
    def _group_17():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # param_no_default
        if _t == 1:
            if (_v836 := param_no_default_rule()) is not None:
                return _v836
            pos = _start
        # ','
        if _t == 12:
            _v837 = pos
            pos += 1
            return _v837
            pos = _start
        return None

    # _group_18: param_no_default | ','
    def _group_18():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # param_no_default
        if _t == 1:
            if (_v838 := param_no_default_rule()) is not None:
                return _v838
            pos = _start
        # ','
        if _t == 12:
            _v839 = pos
            pos += 1
            return _v839
            pos = _start
        return None

    # _group_19: ',' | lambda_param_no_default
    def _group_19():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ','
        if _t == 12:
            _v840 = pos
            pos += 1
            return _v840
            pos = _start
        # lambda_param_no_default
        if _t == 1:
            if (_v841 := lambda_param_no_default_rule()) is not None:
                return _v841
            pos = _start
        return None

    # _group_20: ':' | ',' (':' | '**')
    def _group_20():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ':'
        if _t == 11:
            _v842 = pos
            pos += 1
            return _v842
            pos = _start
        # ',' (':' | '**')
        if _t == 12:
            pos += 1
            if tok_type[pos] in {11, 35}:
                pos += 1
                return True
            pos = _start
        return None

    # _group_21: lambda_param_no_default | ','
    def _group_21():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # lambda_param_no_default
        if _t == 1:
            if (_v843 := lambda_param_no_default_rule()) is not None:
                return _v843
            pos = _start
        # ','
        if _t == 12:
            _v844 = pos
            pos += 1
            return _v844
            pos = _start
        return None

    # _group_22: lambda_param_no_default | ','
    def _group_22():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # lambda_param_no_default
        if _t == 1:
            if (_v845 := lambda_param_no_default_rule()) is not None:
                return _v845
            pos = _start
        # ','
        if _t == 12:
            _v846 = pos
            pos += 1
            return _v846
            pos = _start
        return None

    # _group_23: assignment_expression | expression !':='
    def _group_23():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # assignment_expression
        if _t == 1:
            if (_v847 := assignment_expression_rule()) is not None:
                return _v847
            pos = _start
        # expression !':='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v848 := expression_rule()) is not None:
                if not (tok_type[pos] == 53):
                    return _v848
            pos = _start
        return None

    # _group_24: _v847=assignment_expression | _v848=expression !':='
    def _group_24():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # _v847=assignment_expression
        if _t == 1:
            if (_v847 := assignment_expression_rule()) is not None:
                return _v847
            pos = _start
        # _v848=expression !':='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v848 := expression_rule()) is not None:
                if not (tok_type[pos] == 53):
                    return _v848
            pos = _start
        return None

    # _group_25: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs
    def _group_25():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element850 := _group_26()) is not None:
                _items849 = [_element850]
                while True:
                    _mark851 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element852 := _group_27()) is not None:
                            _items849.append(_element852)
                            continue
                    pos = _mark851
                    break
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := kwargs_rule()) is not None:
                        return True
            pos = _start
        return None

    # _group_26: starred_expression | (assignment_expression | expression !':=') !'='
    def _group_26():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # starred_expression
        if _t == 16:
            if (_v853 := starred_expression_rule()) is not None:
                return _v853
            pos = _start
        # (assignment_expression | expression !':=') !'='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v854 := _group_28()) is not None:
                if not (tok_type[pos] == 22):
                    return _v854
            pos = _start
        return None

    # _group_27: _v853=starred_expression | _v854=(assignment_expression | expression !':=') !'='
    def _group_27():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # _v853=starred_expression
        if _t == 16:
            if (_v853 := starred_expression_rule()) is not None:
                return _v853
            pos = _start
        # _v854=(assignment_expression | expression !':=') !'='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v854 := _group_29()) is not None:
                if not (tok_type[pos] == 22):
                    return _v854
            pos = _start
        return None

    # _group_28: assignment_expression | expression !':='
    def _group_28():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # assignment_expression
        if _t == 1:
            if (_v855 := assignment_expression_rule()) is not None:
                return _v855
            pos = _start
        # expression !':='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v856 := expression_rule()) is not None:
                if not (tok_type[pos] == 53):
                    return _v856
            pos = _start
        return None

    # _group_29: _v855=assignment_expression | _v856=expression !':='
    def _group_29():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # _v855=assignment_expression
        if _t == 1:
            if (_v855 := assignment_expression_rule()) is not None:
                return _v855
            pos = _start
        # _v856=expression !':='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (_v856 := expression_rule()) is not None:
                if not (tok_type[pos] == 53):
                    return _v856
            pos = _start
        return None

    def release():
        """Break the cycles between the rule functions (see codegen.emit_release)."""
        nonlocal file_rule, interactive_rule, eval_rule, func_type_rule, statements_rule, statement_rule, statement_newline_rule, simple_stmts_rule
        nonlocal simple_stmt_rule, compound_stmt_rule, assignment_rule, annotated_rhs_rule, augassign_rule, return_stmt_rule, raise_stmt_rule, global_stmt_rule
        nonlocal nonlocal_stmt_rule, del_stmt_rule, yield_stmt_rule, assert_stmt_rule, import_stmt_rule, import_name_rule, import_from_rule, import_from_targets_rule
        nonlocal import_from_as_names_rule, import_from_as_name_rule, dotted_as_names_rule, dotted_as_name_rule, dotted_name_rule, block_rule, decorators_rule, class_def_rule
        nonlocal class_def_raw_rule, function_def_rule, function_def_raw_rule, params_rule, parameters_rule, slash_no_default_rule, slash_with_default_rule, star_etc_rule
        nonlocal kwds_rule, param_no_default_rule, param_no_default_star_annotation_rule, param_with_default_rule, param_maybe_default_rule, param_rule, param_star_annotation_rule, annotation_rule
        nonlocal star_annotation_rule, default_rule, if_stmt_rule, elif_stmt_rule, else_block_rule, while_stmt_rule, for_stmt_rule, with_stmt_rule
        nonlocal with_item_rule, try_stmt_rule, except_block_rule, except_star_block_rule, finally_block_rule, match_stmt_rule, subject_expr_rule, case_block_rule
        nonlocal guard_rule, patterns_rule, pattern_rule, as_pattern_rule, or_pattern_rule, closed_pattern_rule, literal_pattern_rule, literal_expr_rule
        nonlocal complex_number_rule, signed_number_rule, signed_real_number_rule, real_number_rule, imaginary_number_rule, capture_pattern_rule, pattern_capture_target_rule, wildcard_pattern_rule
        nonlocal value_pattern_rule, attr_rule, name_or_attr_rule, group_pattern_rule, sequence_pattern_rule, open_sequence_pattern_rule, maybe_sequence_pattern_rule, maybe_star_pattern_rule
        nonlocal star_pattern_rule, mapping_pattern_rule, items_pattern_rule, key_value_pattern_rule, double_star_pattern_rule, class_pattern_rule, positional_patterns_rule, keyword_patterns_rule
        nonlocal keyword_pattern_rule, type_alias_rule, type_params_rule, type_param_seq_rule, type_param_rule, type_param_bound_rule, expressions_rule, expression_rule
        nonlocal yield_expr_rule, star_expressions_rule, star_expression_rule, star_named_expressions_rule, star_named_expression_rule, assignment_expression_rule, named_expression_rule, disjunction_rule
        nonlocal conjunction_rule, inversion_rule, comparison_rule, compare_op_bitwise_or_pair_rule, eq_bitwise_or_rule, noteq_bitwise_or_rule, lte_bitwise_or_rule, lt_bitwise_or_rule
        nonlocal gte_bitwise_or_rule, gt_bitwise_or_rule, notin_bitwise_or_rule, in_bitwise_or_rule, isnot_bitwise_or_rule, is_bitwise_or_rule, bitwise_or_rule, bitwise_xor_rule
        nonlocal bitwise_and_rule, shift_expr_rule, sum_rule, term_rule, factor_rule, power_rule, await_primary_rule, primary_rule
        nonlocal slices_rule, slice_rule, atom_rule, group_rule, lambdef_rule, lambda_params_rule, lambda_parameters_rule, lambda_slash_no_default_rule
        nonlocal lambda_slash_with_default_rule, lambda_star_etc_rule, lambda_kwds_rule, lambda_param_no_default_rule, lambda_param_with_default_rule, lambda_param_maybe_default_rule, lambda_param_rule, fstring_middle_rule
        nonlocal fstring_replacement_field_rule, fstring_conversion_rule, fstring_full_format_spec_rule, fstring_format_spec_rule, fstring_rule, string_rule, strings_rule, list_rule
        nonlocal tuple_rule, set_rule, dict_rule, double_starred_kvpairs_rule, double_starred_kvpair_rule, kvpair_rule, for_if_clauses_rule, for_if_clause_rule
        nonlocal listcomp_rule, setcomp_rule, genexp_rule, dictcomp_rule, arguments_rule, args_rule, kwargs_rule, starred_expression_rule
        nonlocal kwarg_or_starred_rule, kwarg_or_double_starred_rule, star_targets_rule, star_targets_list_seq_rule, star_targets_tuple_seq_rule, star_target_rule, target_with_star_atom_rule, star_atom_rule
        nonlocal single_target_rule, single_subscript_attribute_target_rule, t_primary_rule, t_lookahead_rule, del_targets_rule, del_target_rule, del_t_atom_rule, type_expressions_rule
        nonlocal func_type_comment_rule, invalid_arguments_rule, invalid_kwarg_rule, expression_without_invalid_rule, invalid_legacy_expression_rule, invalid_expression_rule, invalid_named_expression_rule, invalid_assignment_rule
        nonlocal invalid_ann_assign_target_rule, invalid_del_stmt_rule, invalid_block_rule, invalid_comprehension_rule, invalid_dict_comprehension_rule, invalid_parameters_rule, invalid_default_rule, invalid_star_etc_rule
        nonlocal invalid_kwds_rule, invalid_parameters_helper_rule, invalid_lambda_parameters_rule, invalid_lambda_parameters_helper_rule, invalid_lambda_star_etc_rule, invalid_lambda_kwds_rule, invalid_double_type_comments_rule, invalid_with_item_rule
        nonlocal invalid_for_target_rule, invalid_group_rule, invalid_import_rule, invalid_import_from_targets_rule, invalid_with_stmt_rule, invalid_with_stmt_indent_rule, invalid_try_stmt_rule, invalid_except_stmt_rule
        nonlocal invalid_finally_stmt_rule, invalid_except_stmt_indent_rule, invalid_except_star_stmt_indent_rule, invalid_match_stmt_rule, invalid_case_block_rule, invalid_as_pattern_rule, invalid_class_pattern_rule, invalid_class_argument_pattern_rule
        nonlocal invalid_if_stmt_rule, invalid_elif_stmt_rule, invalid_else_stmt_rule, invalid_while_stmt_rule, invalid_for_stmt_rule, invalid_def_raw_rule, invalid_class_def_raw_rule, invalid_double_starred_kvpairs_rule
        nonlocal invalid_kvpair_rule, invalid_starred_expression_rule, invalid_replacement_field_rule, invalid_conversion_character_rule, _group_1, _group_2, _group_3, _group_4
        nonlocal _group_5, _group_6, _group_7, _group_8, _group_9, _group_10, _group_11, _group_12
        nonlocal _group_13, _group_14, _group_15, _group_16, _group_17, _group_18, _group_19, _group_20
        nonlocal _group_21, _group_22, _group_23, _group_24, _group_25, _group_26, _group_27, _group_28
        nonlocal _group_29, simple_stmt_memo, dotted_name_memo, block_memo, closed_pattern_memo, attr_memo, star_pattern_memo, type_param_memo
        nonlocal expression_memo, star_expression_memo, disjunction_memo, conjunction_memo, inversion_memo, bitwise_or_memo, bitwise_xor_memo, bitwise_and_memo
        nonlocal shift_expr_memo, sum_memo, term_memo, factor_memo, await_primary_memo, primary_memo, strings_memo, arguments_memo
        nonlocal star_target_memo, target_with_star_atom_memo, t_primary_memo, del_target_memo, invalid_named_expression_memo
        file_rule = interactive_rule = eval_rule = func_type_rule = statements_rule = statement_rule = statement_newline_rule = simple_stmts_rule = None
        simple_stmt_rule = compound_stmt_rule = assignment_rule = annotated_rhs_rule = augassign_rule = return_stmt_rule = raise_stmt_rule = global_stmt_rule = None
        nonlocal_stmt_rule = del_stmt_rule = yield_stmt_rule = assert_stmt_rule = import_stmt_rule = import_name_rule = import_from_rule = import_from_targets_rule = None
        import_from_as_names_rule = import_from_as_name_rule = dotted_as_names_rule = dotted_as_name_rule = dotted_name_rule = block_rule = decorators_rule = class_def_rule = None
        class_def_raw_rule = function_def_rule = function_def_raw_rule = params_rule = parameters_rule = slash_no_default_rule = slash_with_default_rule = star_etc_rule = None
        kwds_rule = param_no_default_rule = param_no_default_star_annotation_rule = param_with_default_rule = param_maybe_default_rule = param_rule = param_star_annotation_rule = annotation_rule = None
        star_annotation_rule = default_rule = if_stmt_rule = elif_stmt_rule = else_block_rule = while_stmt_rule = for_stmt_rule = with_stmt_rule = None
        with_item_rule = try_stmt_rule = except_block_rule = except_star_block_rule = finally_block_rule = match_stmt_rule = subject_expr_rule = case_block_rule = None
        guard_rule = patterns_rule = pattern_rule = as_pattern_rule = or_pattern_rule = closed_pattern_rule = literal_pattern_rule = literal_expr_rule = None
        complex_number_rule = signed_number_rule = signed_real_number_rule = real_number_rule = imaginary_number_rule = capture_pattern_rule = pattern_capture_target_rule = wildcard_pattern_rule = None
        value_pattern_rule = attr_rule = name_or_attr_rule = group_pattern_rule = sequence_pattern_rule = open_sequence_pattern_rule = maybe_sequence_pattern_rule = maybe_star_pattern_rule = None
        star_pattern_rule = mapping_pattern_rule = items_pattern_rule = key_value_pattern_rule = double_star_pattern_rule = class_pattern_rule = positional_patterns_rule = keyword_patterns_rule = None
        keyword_pattern_rule = type_alias_rule = type_params_rule = type_param_seq_rule = type_param_rule = type_param_bound_rule = expressions_rule = expression_rule = None
        yield_expr_rule = star_expressions_rule = star_expression_rule = star_named_expressions_rule = star_named_expression_rule = assignment_expression_rule = named_expression_rule = disjunction_rule = None
        conjunction_rule = inversion_rule = comparison_rule = compare_op_bitwise_or_pair_rule = eq_bitwise_or_rule = noteq_bitwise_or_rule = lte_bitwise_or_rule = lt_bitwise_or_rule = None
        gte_bitwise_or_rule = gt_bitwise_or_rule = notin_bitwise_or_rule = in_bitwise_or_rule = isnot_bitwise_or_rule = is_bitwise_or_rule = bitwise_or_rule = bitwise_xor_rule = None
        bitwise_and_rule = shift_expr_rule = sum_rule = term_rule = factor_rule = power_rule = await_primary_rule = primary_rule = None
        slices_rule = slice_rule = atom_rule = group_rule = lambdef_rule = lambda_params_rule = lambda_parameters_rule = lambda_slash_no_default_rule = None
        lambda_slash_with_default_rule = lambda_star_etc_rule = lambda_kwds_rule = lambda_param_no_default_rule = lambda_param_with_default_rule = lambda_param_maybe_default_rule = lambda_param_rule = fstring_middle_rule = None
        fstring_replacement_field_rule = fstring_conversion_rule = fstring_full_format_spec_rule = fstring_format_spec_rule = fstring_rule = string_rule = strings_rule = list_rule = None
        tuple_rule = set_rule = dict_rule = double_starred_kvpairs_rule = double_starred_kvpair_rule = kvpair_rule = for_if_clauses_rule = for_if_clause_rule = None
        listcomp_rule = setcomp_rule = genexp_rule = dictcomp_rule = arguments_rule = args_rule = kwargs_rule = starred_expression_rule = None
        kwarg_or_starred_rule = kwarg_or_double_starred_rule = star_targets_rule = star_targets_list_seq_rule = star_targets_tuple_seq_rule = star_target_rule = target_with_star_atom_rule = star_atom_rule = None
        single_target_rule = single_subscript_attribute_target_rule = t_primary_rule = t_lookahead_rule = del_targets_rule = del_target_rule = del_t_atom_rule = type_expressions_rule = None
        func_type_comment_rule = invalid_arguments_rule = invalid_kwarg_rule = expression_without_invalid_rule = invalid_legacy_expression_rule = invalid_expression_rule = invalid_named_expression_rule = invalid_assignment_rule = None
        invalid_ann_assign_target_rule = invalid_del_stmt_rule = invalid_block_rule = invalid_comprehension_rule = invalid_dict_comprehension_rule = invalid_parameters_rule = invalid_default_rule = invalid_star_etc_rule = None
        invalid_kwds_rule = invalid_parameters_helper_rule = invalid_lambda_parameters_rule = invalid_lambda_parameters_helper_rule = invalid_lambda_star_etc_rule = invalid_lambda_kwds_rule = invalid_double_type_comments_rule = invalid_with_item_rule = None
        invalid_for_target_rule = invalid_group_rule = invalid_import_rule = invalid_import_from_targets_rule = invalid_with_stmt_rule = invalid_with_stmt_indent_rule = invalid_try_stmt_rule = invalid_except_stmt_rule = None
        invalid_finally_stmt_rule = invalid_except_stmt_indent_rule = invalid_except_star_stmt_indent_rule = invalid_match_stmt_rule = invalid_case_block_rule = invalid_as_pattern_rule = invalid_class_pattern_rule = invalid_class_argument_pattern_rule = None
        invalid_if_stmt_rule = invalid_elif_stmt_rule = invalid_else_stmt_rule = invalid_while_stmt_rule = invalid_for_stmt_rule = invalid_def_raw_rule = invalid_class_def_raw_rule = invalid_double_starred_kvpairs_rule = None
        invalid_kvpair_rule = invalid_starred_expression_rule = invalid_replacement_field_rule = invalid_conversion_character_rule = _group_1 = _group_2 = _group_3 = _group_4 = None
        _group_5 = _group_6 = _group_7 = _group_8 = _group_9 = _group_10 = _group_11 = _group_12 = None
        _group_13 = _group_14 = _group_15 = _group_16 = _group_17 = _group_18 = _group_19 = _group_20 = None
        _group_21 = _group_22 = _group_23 = _group_24 = _group_25 = _group_26 = _group_27 = _group_28 = None
        _group_29 = simple_stmt_memo = dotted_name_memo = block_memo = closed_pattern_memo = attr_memo = star_pattern_memo = type_param_memo = None
        expression_memo = star_expression_memo = disjunction_memo = conjunction_memo = inversion_memo = bitwise_or_memo = bitwise_xor_memo = bitwise_and_memo = None
        shift_expr_memo = sum_memo = term_memo = factor_memo = await_primary_memo = primary_memo = strings_memo = arguments_memo = None
        star_target_memo = target_with_star_atom_memo = t_primary_memo = del_target_memo = invalid_named_expression_memo = None

    return {'file': file_rule, 'interactive': interactive_rule, 'eval': eval_rule, 'func_type': func_type_rule, 'fstring': fstring_rule, 'release': release}
