"""The parser for Python 3.12, generated from python.gram -- do not edit.

Made by clearpy.parser.generator (python -m clearpy.parser.generator); read
the grammar and docs/parser.md rather than this file. Each rule of the grammar
is a function ``<rule>_rule`` below, preceded by the rule as a comment.
"""

GRAMMAR_DIGEST = '062441ad18fbd8e7'

from ast import (
    AnnAssign, Assert, Assign, AsyncFor, AsyncFunctionDef, AsyncWith, Attribute, AugAssign,
    Await, BinOp, BoolOp, Break, Call, ClassDef, Compare, Constant, Continue, Delete, Dict,
    DictComp, ExceptHandler, Expr, Expression, For, FunctionDef, FunctionType, GeneratorExp,
    Global, If, IfExp, Import, ImportFrom, Interactive, Lambda, List, ListComp, Match, MatchAs,
    MatchClass, MatchMapping, MatchOr, MatchSequence, MatchSingleton, MatchStar, MatchValue,
    Name, NamedExpr, Nonlocal, ParamSpec, Pass, Raise, Return, Set, SetComp, Slice, Starred,
    Subscript, Try, TryStar, Tuple, TypeAlias, TypeVar, TypeVarTuple, UnaryOp, While, With,
    Yield, YieldFrom, alias, arg, comprehension, keyword, match_case, withitem,
)

from clearpy.parser.actions import (
    ADD, AND, BITAND, BITOR, BITXOR, DEL, DIV, EQ, FLOORDIV, GT, GTE, IN, INVERT, IS, ISNOT,
    LOAD, LSHIFT, LT, LTE, MATMULT, MOD, MULT, NOT, NOTEQ, NOTIN, OR, POW, RSHIFT, STORE, SUB,
    UADD, USUB,
    add_type_comment_to_arg, alias_for_star, check_barry_as_flufl, check_legacy_stmt,
    check_version, class_def_decorators, collect_call_seqs, count_dots, dummy_name,
    empty_arguments, ensure_imaginary, ensure_real, function_def_decorators,
    interactive_exit, join_names_with_dot, keyword_or_starred, make_arguments, make_module,
    name_default_pair, new_type_comment, seq_delete_starred_exprs,
    seq_extract_starred_exprs, set_expr_context,
)
from clearpy.parser.errors import (
    DEL_TARGETS, FOR_TARGETS, STAR_TARGETS, arguments_parsing_error, get_expr_name,
    last_comprehension_item, nonparen_genexp_in_call, raise_error_known_location,
    raise_expected, raise_indentation_error, raise_invalid_target, raise_known_location,
    raise_known_range, raise_on_next_token, raise_starting_from, raise_syntax_error,
)
from clearpy.parser.fstrings import (
    check_fstring_conversion, concatenate_strings, constant_from_token,
    decoded_constant_from_token, formatted_value, joined_str, setup_full_format_spec,
)
from clearpy.parser.literals import constant_from_string, parse_number

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
            _mark2 = pos
            _matched3 = False
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 49, 52, 56, 57, 61, 100, 101, 102, 105, 106, 107, 108, 109, 110, 115, 116, 117, 118, 119, 122, 123, 124, 126, 127, 128, 129, 130, 131, 132}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 49, 52, 56, 57, 61, 100, 101, 102, 105, 106, 107, 108, 109, 110, 115, 116, 117, 118, 119, 122, 123, 124, 126, 127, 128, 129, 130, 131, 132} and (_v1 := statements_rule()) is not None:
                    a = _v1
                    _matched3 = True
            if not _matched3:
                pos = _mark2
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
            if tok_type[pos] in {0, 1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 49, 52, 56, 57, 61, 100, 101, 102, 105, 106, 107, 108, 109, 110, 115, 116, 117, 118, 119, 122, 123, 124, 126, 127, 128, 129, 130, 131, 132} and (a := statement_newline_rule()) is not None:
                return Interactive(a)
            pos = _start
        return None

    # eval: a=expressions NEWLINE* ENDMARKER { Expression(a) }
    def eval_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=expressions NEWLINE* ENDMARKER { Expression(a) }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expressions_rule()) is not None:
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
                    return Expression(a)
            pos = _start
        return None

    # func_type: '(' a=[type_expressions] ')' '->' b=expression NEWLINE* ENDMARKER { FunctionType(a or [], b) }
    def func_type_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '(' a=[type_expressions] ')' '->' b=expression NEWLINE* ENDMARKER { FunctionType(a or [], b) }
        if _t == 7:
            if tok_type[pos] == 7:
                pos += 1
                a = None
                _mark8 = pos
                _matched9 = False
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v7 := type_expressions_rule()) is not None:
                        a = _v7
                        _matched9 = True
                if not _matched9:
                    pos = _mark8
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
                                return FunctionType(a or [], b)
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
            if tok_type[pos] in {1, 49, 57, 107, 109, 115, 118, 129, 130, 131} and (a := compound_stmt_rule()) is not None:
                return [a]
            pos = _start
        # a=simple_stmts { a }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (a := simple_stmts_rule()) is not None:
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
            if tok_type[pos] in {1, 49, 57, 107, 109, 115, 118, 129, 130, 131} and (a := compound_stmt_rule()) is not None:
                if tok_type[pos] == 4:
                    pos += 1
                    return [a]
            pos = _start
        # simple_stmts
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (_v15 := simple_stmts_rule()) is not None:
                return _v15
            pos = _start
        # NEWLINE { [Pass(EXTRA)] }
        if _t == 4:
            if tok_type[pos] == 4:
                pos += 1
                return [Pass(lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])]
            pos = _start
        # ENDMARKER { interactive_exit(p) }
        if _t == 0:
            if tok_type[pos] == 0:
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (a := simple_stmt_rule()) is not None:
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124, 132} and (_v19 := assignment_rule()) is not None:
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (e := star_expressions_rule()) is not None:
                simple_stmt_memo[_start] = (Expr(e, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                return Expr(e, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
            if tok_type[pos] == 126:
                pos += 1
                simple_stmt_memo[_start] = (Pass(lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                return Pass(lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
            if tok_type[pos] == 106:
                pos += 1
                simple_stmt_memo[_start] = (Break(lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                return Break(lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'continue' { Continue(EXTRA) }
        if _t == 108:
            if tok_type[pos] == 108:
                pos += 1
                simple_stmt_memo[_start] = (Continue(lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                return Continue(lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
            if tok_type[pos] == 1 and (_v36 := match_stmt_rule()) is not None:
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
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                        c = None
                        _mark37 = pos
                        _matched38 = False
                        if tok_type[pos] == 22:
                            if tok_type[pos] == 22:
                                pos += 1
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124, 132} and (d := annotated_rhs_rule()) is not None:
                                    c = d
                                    _matched38 = True
                        if not _matched38:
                            pos = _mark37
                        return check_version(p, 6, "Variable annotation syntax is", AnnAssign(set_expr_context(a, STORE), b, c, 1, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
            pos = _start
        # a=('(' b=single_target ')' { b } | single_subscript_attribute_target) ':' b=expression c=['=' d=annotated_rhs { d }] { check_version(p, 6, "Variable annotations syntax is", AnnAssign(a, b, c, 0, EXTRA)) }
        if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (a := _group_1()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                        c = None
                        _mark39 = pos
                        _matched40 = False
                        if tok_type[pos] == 22:
                            if tok_type[pos] == 22:
                                pos += 1
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124, 132} and (d := annotated_rhs_rule()) is not None:
                                    c = d
                                    _matched40 = True
                        if not _matched40:
                            pos = _mark39
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
                        return Assign(a, b, new_type_comment(p, tc), lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # a=single_target b=augassign ~ c=(yield_expr | star_expressions) { AugAssign(a, b, c, EXTRA) }
        if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (a := single_target_rule()) is not None:
                if tok_type[pos] in {36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 48, 50} and (b := augassign_rule()) is not None:
                    _cut = True
                    if (tok_type[pos] == 132 and (c := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (c := star_expressions_rule()) is not None):
                        return AugAssign(a, b, c, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
            if _cut:
                return None
        # invalid_assignment
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124, 132}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124, 132} and (_v44 := invalid_assignment_rule()) is not None:
                return _v44
            pos = _start
        return None

    # annotated_rhs: yield_expr | star_expressions
    def annotated_rhs_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # yield_expr
        if _t == 132:
            if tok_type[pos] == 132 and (_v45 := yield_expr_rule()) is not None:
                return _v45
            pos = _start
        # star_expressions
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v46 := star_expressions_rule()) is not None:
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
            if tok_type[pos] == 36:
                pos += 1
                return ADD
            pos = _start
        # '-=' { SUB }
        if _t == 37:
            if tok_type[pos] == 37:
                pos += 1
                return SUB
            pos = _start
        # '*=' { MULT }
        if _t == 38:
            if tok_type[pos] == 38:
                pos += 1
                return MULT
            pos = _start
        # '@=' { check_version(p, 5, "The '@' operator is", MATMULT) }
        if _t == 50:
            if tok_type[pos] == 50:
                pos += 1
                return check_version(p, 5, "The '@' operator is", MATMULT)
            pos = _start
        # '/=' { DIV }
        if _t == 39:
            if tok_type[pos] == 39:
                pos += 1
                return DIV
            pos = _start
        # '%=' { MOD }
        if _t == 40:
            if tok_type[pos] == 40:
                pos += 1
                return MOD
            pos = _start
        # '&=' { BITAND }
        if _t == 41:
            if tok_type[pos] == 41:
                pos += 1
                return BITAND
            pos = _start
        # '|=' { BITOR }
        if _t == 42:
            if tok_type[pos] == 42:
                pos += 1
                return BITOR
            pos = _start
        # '^=' { BITXOR }
        if _t == 43:
            if tok_type[pos] == 43:
                pos += 1
                return BITXOR
            pos = _start
        # '<<=' { LSHIFT }
        if _t == 44:
            if tok_type[pos] == 44:
                pos += 1
                return LSHIFT
            pos = _start
        # '>>=' { RSHIFT }
        if _t == 45:
            if tok_type[pos] == 45:
                pos += 1
                return RSHIFT
            pos = _start
        # '**=' { POW }
        if _t == 46:
            if tok_type[pos] == 46:
                pos += 1
                return POW
            pos = _start
        # '//=' { FLOORDIV }
        if _t == 48:
            if tok_type[pos] == 48:
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
            if tok_type[pos] == 128:
                pos += 1
                a = None
                _mark48 = pos
                _matched49 = False
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v47 := star_expressions_rule()) is not None:
                        a = _v47
                        _matched49 = True
                if not _matched49:
                    pos = _mark48
                return Return(a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # raise_stmt: 'raise' a=expression b=['from' z=expression { z }] { Raise(a, b, EXTRA) } | 'raise' { Raise(None, None, EXTRA) }
    def raise_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'raise' a=expression b=['from' z=expression { z }] { Raise(a, b, EXTRA) }
        if _t == 127:
            if tok_type[pos] == 127:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                    b = None
                    _mark50 = pos
                    _matched51 = False
                    if tok_type[pos] == 116:
                        if tok_type[pos] == 116:
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (z := expression_rule()) is not None:
                                b = z
                                _matched51 = True
                    if not _matched51:
                        pos = _mark50
                    return Raise(a, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'raise' { Raise(None, None, EXTRA) }
        if _t == 127:
            if tok_type[pos] == 127:
                pos += 1
                return Raise(None, None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # global_stmt: 'global' a=','.NAME+ { Global([name.id for name in a], EXTRA) }
    def global_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'global' a=','.NAME+ { Global([name.id for name in a], EXTRA) }
        if _t == 117:
            if tok_type[pos] == 117:
                pos += 1
                if tok_type[pos] == 1:
                    _element52 = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                    pos += 1
                    a = [_element52]
                    while True:
                        _mark53 = pos
                        if tok_type[pos] == 12:
                            pos += 1
                            if tok_type[pos] == 1:
                                _element54 = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                                pos += 1
                                a.append(_element54)
                                continue
                        pos = _mark53
                        break
                    return Global([name.id for name in a], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # nonlocal_stmt: 'nonlocal' a=','.NAME+ { Nonlocal([name.id for name in a], EXTRA) }
    def nonlocal_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'nonlocal' a=','.NAME+ { Nonlocal([name.id for name in a], EXTRA) }
        if _t == 123:
            if tok_type[pos] == 123:
                pos += 1
                if tok_type[pos] == 1:
                    _element55 = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                    pos += 1
                    a = [_element55]
                    while True:
                        _mark56 = pos
                        if tok_type[pos] == 12:
                            pos += 1
                            if tok_type[pos] == 1:
                                _element57 = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                                pos += 1
                                a.append(_element57)
                                continue
                        pos = _mark56
                        break
                    return Nonlocal([name.id for name in a], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # del_stmt: 'del' a=del_targets &(';' | NEWLINE) { Delete(a, EXTRA) } | invalid_del_stmt
    def del_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'del' a=del_targets &(';' | NEWLINE) { Delete(a, EXTRA) }
        if _t == 110:
            if tok_type[pos] == 110:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (a := del_targets_rule()) is not None:
                    if tok_type[pos] in {4, 13}:
                        return Delete(a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # invalid_del_stmt
        if call_invalid_rules and _t == 110:
            if tok_type[pos] == 110 and (_v58 := invalid_del_stmt_rule()) is not None:
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
            if tok_type[pos] == 132 and (y := yield_expr_rule()) is not None:
                return Expr(y, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # assert_stmt: 'assert' a=expression b=[',' z=expression { z }] { Assert(a, b, EXTRA) }
    def assert_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'assert' a=expression b=[',' z=expression { z }] { Assert(a, b, EXTRA) }
        if _t == 105:
            if tok_type[pos] == 105:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                    b = None
                    _mark59 = pos
                    _matched60 = False
                    if tok_type[pos] == 12:
                        if tok_type[pos] == 12:
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (z := expression_rule()) is not None:
                                b = z
                                _matched60 = True
                    if not _matched60:
                        pos = _mark59
                    return Assert(a, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # import_stmt: invalid_import | import_name | import_from
    def import_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_import
        if call_invalid_rules and _t == 119:
            if tok_type[pos] == 119 and (_v61 := invalid_import_rule()) is not None:
                return _v61
            pos = _start
        # import_name
        if _t == 119:
            if tok_type[pos] == 119 and (_v62 := import_name_rule()) is not None:
                return _v62
            pos = _start
        # import_from
        if _t == 116:
            if tok_type[pos] == 116 and (_v63 := import_from_rule()) is not None:
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
            if tok_type[pos] == 119:
                pos += 1
                if tok_type[pos] == 1 and (a := dotted_as_names_rule()) is not None:
                    return Import(a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # import_from: 'from' a=('.' | '...')* b=dotted_name 'import' c=import_from_targets { ImportFrom(b.id, c, count_dots(p, a), EXTRA) } | 'from' a=('.' | '...')+ 'import' b=import_from_targets { ImportFrom(None, b, count_dots(p, a), EXTRA) }
    def import_from_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'from' a=('.' | '...')* b=dotted_name 'import' c=import_from_targets { ImportFrom(b.id, c, count_dots(p, a), EXTRA) }
        if _t == 116:
            if tok_type[pos] == 116:
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
                            return ImportFrom(b.id, c, count_dots(p, a), lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'from' a=('.' | '...')+ 'import' b=import_from_targets { ImportFrom(None, b, count_dots(p, a), EXTRA) }
        if _t == 116:
            if tok_type[pos] == 116:
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
                            return ImportFrom(None, b, count_dots(p, a), lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # import_from_targets: '(' a=import_from_as_names [','] ')' { a } | import_from_as_names !',' | '*' { [alias_for_star(EXTRA)] } | invalid_import_from_targets
    def import_from_targets_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '(' a=import_from_as_names [','] ')' { a }
        if _t == 7:
            if tok_type[pos] == 7:
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
            if tok_type[pos] == 1 and (_v68 := import_from_as_names_rule()) is not None:
                if not (tok_type[pos] == 12):
                    return _v68
            pos = _start
        # '*' { [alias_for_star(EXTRA)] }
        if _t == 16:
            if tok_type[pos] == 16:
                pos += 1
                return [alias_for_star(lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])]
            pos = _start
        # invalid_import_from_targets
        if call_invalid_rules and _t == 1:
            if tok_type[pos] == 1 and (_v69 := invalid_import_from_targets_rule()) is not None:
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
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                b = None
                _mark73 = pos
                _matched74 = False
                if tok_type[pos] == 104:
                    if tok_type[pos] == 104:
                        pos += 1
                        if tok_type[pos] == 1:
                            z = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                            pos += 1
                            b = z
                            _matched74 = True
                if not _matched74:
                    pos = _mark73
                return alias(a.id, b.id if b is not None else None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
            if tok_type[pos] == 1 and (a := dotted_name_rule()) is not None:
                b = None
                _mark78 = pos
                _matched79 = False
                if tok_type[pos] == 104:
                    if tok_type[pos] == 104:
                        pos += 1
                        if tok_type[pos] == 1:
                            z = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                            pos += 1
                            b = z
                            _matched79 = True
                if not _matched79:
                    pos = _mark78
                return alias(a.id, b.id if b is not None else None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # dotted_name: a=dotted_name '.' b=NAME { join_names_with_dot(a, b) } | NAME
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
                if tok_type[pos] == 1:
                    _v80 = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
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
            _mark = pos
            # a=dotted_name '.' b=NAME { join_names_with_dot(a, b) }
            if tok_type[pos] == 23:
                a = _left
                if tok_type[pos] == 23:
                    pos += 1
                    if tok_type[pos] == 1:
                        b = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
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
            if tok_type[pos] == 4:
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (_v81 := simple_stmts_rule()) is not None:
                block_memo[_start] = (_v81, pos)
                return _v81
            pos = _start
        # invalid_block
        if call_invalid_rules and _t == 4:
            if tok_type[pos] == 4 and (_v82 := invalid_block_rule()) is not None:
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
            if tok_type[pos] == 49 and (a := decorators_rule()) is not None:
                if tok_type[pos] == 107 and (b := class_def_raw_rule()) is not None:
                    return class_def_decorators(a, b)
            pos = _start
        # class_def_raw
        if _t == 107:
            if tok_type[pos] == 107 and (_v86 := class_def_raw_rule()) is not None:
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
            if tok_type[pos] == 107 and (_v87 := invalid_class_def_raw_rule()) is not None:
                return _v87
            pos = _start
        # 'class' a=NAME t=[type_params] b=['(' z=[arguments] ')' { z }] ':' c=block { ClassDef(a.id, b.args if b is not None else [], b.keywords if b is not None else [], c, [], t or [], EXTRA) }
        if _t == 107:
            if tok_type[pos] == 107:
                pos += 1
                if tok_type[pos] == 1:
                    a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                    pos += 1
                    t = None
                    _mark89 = pos
                    _matched90 = False
                    if tok_type[pos] == 9:
                        if tok_type[pos] == 9 and (_v88 := type_params_rule()) is not None:
                            t = _v88
                            _matched90 = True
                    if not _matched90:
                        pos = _mark89
                    b = None
                    _mark91 = pos
                    _matched92 = False
                    if tok_type[pos] == 7:
                        if tok_type[pos] == 7:
                            pos += 1
                            z = None
                            _mark94 = pos
                            _matched95 = False
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v93 := arguments_rule()) is not None:
                                    z = _v93
                                    _matched95 = True
                            if not _matched95:
                                pos = _mark94
                            if tok_type[pos] == 8:
                                pos += 1
                                b = z
                                _matched92 = True
                    if not _matched92:
                        pos = _mark91
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (c := block_rule()) is not None:
                            return ClassDef(a.id, b.args if b is not None else [], b.keywords if b is not None else [], c, [], t or [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # function_def: d=decorators f=function_def_raw { function_def_decorators(d, f) } | function_def_raw
    def function_def_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # d=decorators f=function_def_raw { function_def_decorators(d, f) }
        if _t == 49:
            if tok_type[pos] == 49 and (d := decorators_rule()) is not None:
                if tok_type[pos] in {57, 109} and (f := function_def_raw_rule()) is not None:
                    return function_def_decorators(d, f)
            pos = _start
        # function_def_raw
        if _t in {57, 109}:
            if tok_type[pos] in {57, 109} and (_v96 := function_def_raw_rule()) is not None:
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
            if tok_type[pos] in {57, 109} and (_v97 := invalid_def_raw_rule()) is not None:
                return _v97
            pos = _start
        # 'def' n=NAME t=[type_params] &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' tc=[func_type_comment] b=block { FunctionDef(n.id, params if params is not None else empty_arguments(), b, [], a, new_type_comment(p, tc), t or [], EXTRA) }
        if _t == 109:
            if tok_type[pos] == 109:
                pos += 1
                if tok_type[pos] == 1:
                    n = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                    pos += 1
                    t = None
                    _mark99 = pos
                    _matched100 = False
                    if tok_type[pos] == 9:
                        if tok_type[pos] == 9 and (_v98 := type_params_rule()) is not None:
                            t = _v98
                            _matched100 = True
                    if not _matched100:
                        pos = _mark99
                    if not (tok_type[pos] == 7):
                        raise_expected(p, pos, "'('")
                    pos += 1
                    params = None
                    _mark102 = pos
                    _matched103 = False
                    if tok_type[pos] in {1, 7, 16, 17, 35}:
                        if tok_type[pos] in {1, 7, 16, 17, 35} and (_v101 := params_rule()) is not None:
                            params = _v101
                            _matched103 = True
                    if not _matched103:
                        pos = _mark102
                    if tok_type[pos] == 8:
                        pos += 1
                        a = None
                        _mark104 = pos
                        _matched105 = False
                        if tok_type[pos] == 51:
                            if tok_type[pos] == 51:
                                pos += 1
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (z := expression_rule()) is not None:
                                    a = z
                                    _matched105 = True
                        if not _matched105:
                            pos = _mark104
                        if not (tok_type[pos] == 11):
                            raise_expected(p, pos, "':'")
                        pos += 1
                        tc = None
                        _mark107 = pos
                        _matched108 = False
                        if tok_type[pos] in {4, 59}:
                            if tok_type[pos] in {4, 59} and (_v106 := func_type_comment_rule()) is not None:
                                tc = _v106
                                _matched108 = True
                        if not _matched108:
                            pos = _mark107
                        if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                            return FunctionDef(n.id, params if params is not None else empty_arguments(), b, [], a, new_type_comment(p, tc), t or [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # ASYNC 'def' n=NAME t=[type_params] &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' tc=[func_type_comment] b=block { check_version(p, 5, "Async functions are", AsyncFunctionDef(n.id, params if params is not None else empty_arguments(), b, [], a, new_type_comment(p, tc), t or [], EXTRA))
        if _t == 57:
            if tok_type[pos] == 57:
                pos += 1
                if tok_type[pos] == 109:
                    pos += 1
                    if tok_type[pos] == 1:
                        n = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                        pos += 1
                        t = None
                        _mark110 = pos
                        _matched111 = False
                        if tok_type[pos] == 9:
                            if tok_type[pos] == 9 and (_v109 := type_params_rule()) is not None:
                                t = _v109
                                _matched111 = True
                        if not _matched111:
                            pos = _mark110
                        if not (tok_type[pos] == 7):
                            raise_expected(p, pos, "'('")
                        pos += 1
                        params = None
                        _mark113 = pos
                        _matched114 = False
                        if tok_type[pos] in {1, 7, 16, 17, 35}:
                            if tok_type[pos] in {1, 7, 16, 17, 35} and (_v112 := params_rule()) is not None:
                                params = _v112
                                _matched114 = True
                        if not _matched114:
                            pos = _mark113
                        if tok_type[pos] == 8:
                            pos += 1
                            a = None
                            _mark115 = pos
                            _matched116 = False
                            if tok_type[pos] == 51:
                                if tok_type[pos] == 51:
                                    pos += 1
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (z := expression_rule()) is not None:
                                        a = z
                                        _matched116 = True
                            if not _matched116:
                                pos = _mark115
                            if not (tok_type[pos] == 11):
                                raise_expected(p, pos, "':'")
                            pos += 1
                            tc = None
                            _mark118 = pos
                            _matched119 = False
                            if tok_type[pos] in {4, 59}:
                                if tok_type[pos] in {4, 59} and (_v117 := func_type_comment_rule()) is not None:
                                    tc = _v117
                                    _matched119 = True
                            if not _matched119:
                                pos = _mark118
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
            if tok_type[pos] in {1, 7, 16, 17} and (_v120 := invalid_parameters_rule()) is not None:
                return _v120
            pos = _start
        # parameters
        if _t in {1, 16, 35}:
            if tok_type[pos] in {1, 16, 35} and (_v121 := parameters_rule()) is not None:
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
            if tok_type[pos] == 1 and (a := slash_no_default_rule()) is not None:
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
                _mark127 = pos
                _matched128 = False
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v126 := star_etc_rule()) is not None:
                        d = _v126
                        _matched128 = True
                if not _matched128:
                    pos = _mark127
                return check_version(p, 8, "Positional-only parameters are", make_arguments(a, None, b, c, d))
            pos = _start
        # a=slash_with_default b=param_with_default* c=[star_etc] { check_version(p, 8, "Positional-only parameters are", make_arguments(None, a, None, b, c)) }
        if _t == 1:
            if tok_type[pos] == 1 and (a := slash_with_default_rule()) is not None:
                b = []
                while True:
                    _mark130 = pos
                    if tok_type[pos] == 1 and (_element129 := param_with_default_rule()) is not None:
                        b.append(_element129)
                        continue
                    pos = _mark130
                    break
                c = None
                _mark132 = pos
                _matched133 = False
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v131 := star_etc_rule()) is not None:
                        c = _v131
                        _matched133 = True
                if not _matched133:
                    pos = _mark132
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
                _mark139 = pos
                _matched140 = False
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v138 := star_etc_rule()) is not None:
                        c = _v138
                        _matched140 = True
                if not _matched140:
                    pos = _mark139
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
                _mark144 = pos
                _matched145 = False
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v143 := star_etc_rule()) is not None:
                        b = _v143
                        _matched145 = True
                if not _matched145:
                    pos = _mark144
                return make_arguments(None, None, None, a, b)
            pos = _start
        # a=star_etc { make_arguments(None, None, None, None, a) }
        if _t in {16, 35}:
            if tok_type[pos] in {16, 35} and (a := star_etc_rule()) is not None:
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
            if tok_type[pos] == 16 and (_v158 := invalid_star_etc_rule()) is not None:
                return _v158
            pos = _start
        # '*' a=param_no_default b=param_maybe_default* c=[kwds] { (a, b, c) }
        if _t == 16:
            if tok_type[pos] == 16:
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
                    _mark162 = pos
                    _matched163 = False
                    if tok_type[pos] == 35:
                        if tok_type[pos] == 35 and (_v161 := kwds_rule()) is not None:
                            c = _v161
                            _matched163 = True
                    if not _matched163:
                        pos = _mark162
                    return (a, b, c)
            pos = _start
        # '*' a=param_no_default_star_annotation b=param_maybe_default* c=[kwds] { (a, b, c) }
        if _t == 16:
            if tok_type[pos] == 16:
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
                    _mark167 = pos
                    _matched168 = False
                    if tok_type[pos] == 35:
                        if tok_type[pos] == 35 and (_v166 := kwds_rule()) is not None:
                            c = _v166
                            _matched168 = True
                    if not _matched168:
                        pos = _mark167
                    return (a, b, c)
            pos = _start
        # '*' ',' b=param_maybe_default+ c=[kwds] { (None, b, c) }
        if _t == 16:
            if tok_type[pos] == 16:
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
                        _mark172 = pos
                        _matched173 = False
                        if tok_type[pos] == 35:
                            if tok_type[pos] == 35 and (_v171 := kwds_rule()) is not None:
                                c = _v171
                                _matched173 = True
                        if not _matched173:
                            pos = _mark172
                        return (None, b, c)
            pos = _start
        # a=kwds { (None, [], a) }
        if _t == 35:
            if tok_type[pos] == 35 and (a := kwds_rule()) is not None:
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
            if tok_type[pos] == 35 and (_v174 := invalid_kwds_rule()) is not None:
                return _v174
            pos = _start
        # '**' a=param_no_default { a }
        if _t == 35:
            if tok_type[pos] == 35:
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
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                b = annotation_rule() if tok_type[pos] == 11 else None
                return arg(a.id, b, None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # param_star_annotation: a=NAME b=star_annotation { arg(a.id, b, None, EXTRA) }
    def param_star_annotation_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=NAME b=star_annotation { arg(a.id, b, None, EXTRA) }
        if _t == 1:
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                if tok_type[pos] == 11 and (b := star_annotation_rule()) is not None:
                    return arg(a.id, b, None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # annotation: ':' a=expression { a }
    def annotation_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ':' a=expression { a }
        if _t == 11:
            if tok_type[pos] == 11:
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
            if tok_type[pos] == 11:
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
            if tok_type[pos] == 22:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                    return a
            pos = _start
        # invalid_default
        if call_invalid_rules and _t == 22:
            if tok_type[pos] == 22 and (_v183 := invalid_default_rule()) is not None:
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
            if tok_type[pos] == 118 and (_v184 := invalid_if_stmt_rule()) is not None:
                return _v184
            pos = _start
        # 'if' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c], EXTRA) }
        if _t == 118:
            if tok_type[pos] == 118:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                            if tok_type[pos] == 111 and (c := elif_stmt_rule()) is not None:
                                return If(a, b, [c], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'if' a=named_expression ':' b=block c=[else_block] { If(a, b, c or [], EXTRA) }
        if _t == 118:
            if tok_type[pos] == 118:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                            c = None
                            _mark186 = pos
                            _matched187 = False
                            if tok_type[pos] == 112:
                                if tok_type[pos] == 112 and (_v185 := else_block_rule()) is not None:
                                    c = _v185
                                    _matched187 = True
                            if not _matched187:
                                pos = _mark186
                            return If(a, b, c or [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # elif_stmt: invalid_elif_stmt | 'elif' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c], EXTRA) } | 'elif' a=named_expression ':' b=block c=[else_block] { If(a, b, c or [], EXTRA) }
    def elif_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_elif_stmt
        if call_invalid_rules and _t == 111:
            if tok_type[pos] == 111 and (_v188 := invalid_elif_stmt_rule()) is not None:
                return _v188
            pos = _start
        # 'elif' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c], EXTRA) }
        if _t == 111:
            if tok_type[pos] == 111:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                            if tok_type[pos] == 111 and (c := elif_stmt_rule()) is not None:
                                return If(a, b, [c], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'elif' a=named_expression ':' b=block c=[else_block] { If(a, b, c or [], EXTRA) }
        if _t == 111:
            if tok_type[pos] == 111:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                            c = None
                            _mark190 = pos
                            _matched191 = False
                            if tok_type[pos] == 112:
                                if tok_type[pos] == 112 and (_v189 := else_block_rule()) is not None:
                                    c = _v189
                                    _matched191 = True
                            if not _matched191:
                                pos = _mark190
                            return If(a, b, c or [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # else_block: invalid_else_stmt | 'else' &&':' b=block { b }
    def else_block_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_else_stmt
        if call_invalid_rules and _t == 112:
            if tok_type[pos] == 112 and (_v192 := invalid_else_stmt_rule()) is not None:
                return _v192
            pos = _start
        # 'else' &&':' b=block { b }
        if _t == 112:
            if tok_type[pos] == 112:
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
            if tok_type[pos] == 130 and (_v193 := invalid_while_stmt_rule()) is not None:
                return _v193
            pos = _start
        # 'while' a=named_expression ':' b=block c=[else_block] { While(a, b, c or [], EXTRA) }
        if _t == 130:
            if tok_type[pos] == 130:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                            c = None
                            _mark195 = pos
                            _matched196 = False
                            if tok_type[pos] == 112:
                                if tok_type[pos] == 112 and (_v194 := else_block_rule()) is not None:
                                    c = _v194
                                    _matched196 = True
                            if not _matched196:
                                pos = _mark195
                            return While(a, b, c or [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
            if tok_type[pos] in {57, 115} and (_v197 := invalid_for_stmt_rule()) is not None:
                return _v197
            pos = _start
        # 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block] { For(t, ex, b, el or [], new_type_comment(p, tc), EXTRA) }
        if _t == 115:
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
                                    _mark199 = pos
                                    _matched200 = False
                                    if tok_type[pos] == 112:
                                        if tok_type[pos] == 112 and (_v198 := else_block_rule()) is not None:
                                            el = _v198
                                            _matched200 = True
                                    if not _matched200:
                                        pos = _mark199
                                    return For(t, ex, b, el or [], new_type_comment(p, tc), lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
            if _cut:
                return None
        # ASYNC 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block] { check_version(p, 5, "Async for loops are", AsyncFor(t, ex, b, el or [], new_type_comment(p, tc), EXTRA)) }
        if _t == 57:
            if tok_type[pos] == 57:
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
                                        _mark202 = pos
                                        _matched203 = False
                                        if tok_type[pos] == 112:
                                            if tok_type[pos] == 112 and (_v201 := else_block_rule()) is not None:
                                                el = _v201
                                                _matched203 = True
                                        if not _matched203:
                                            pos = _mark202
                                        return check_version(p, 5, "Async for loops are", AsyncFor(t, ex, b, el or [], new_type_comment(p, tc), lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
            pos = _start
            if _cut:
                return None
        # invalid_for_target
        if call_invalid_rules and _t in {57, 115}:
            if tok_type[pos] in {57, 115} and (_v204 := invalid_for_target_rule()) is not None:
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
            if tok_type[pos] in {57, 131} and (_v205 := invalid_with_stmt_indent_rule()) is not None:
                return _v205
            pos = _start
        # 'with' '(' a=','.with_item+ ','? ')' ':' b=block { check_version(p, 9, "Parenthesized context managers are", With(a, b, None, EXTRA)) }
        if _t == 131:
            if tok_type[pos] == 131:
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
            if tok_type[pos] == 131:
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
                            return With(a, b, new_type_comment(p, tc), lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # ASYNC 'with' '(' a=','.with_item+ ','? ')' ':' b=block { check_version(p, 5, "Async with statements are", AsyncWith(a, b, None, EXTRA)) }
        if _t == 57:
            if tok_type[pos] == 57:
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
            if tok_type[pos] == 57:
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
            if tok_type[pos] in {57, 131} and (_v218 := invalid_with_stmt_rule()) is not None:
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (e := expression_rule()) is not None:
                if tok_type[pos] == 104:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (t := star_target_rule()) is not None:
                        if tok_type[pos] in {8, 11, 12}:
                            return withitem(e, t)
            pos = _start
        # invalid_with_item
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v219 := invalid_with_item_rule()) is not None:
                return _v219
            pos = _start
        # e=expression { withitem(e, None) }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (e := expression_rule()) is not None:
                return withitem(e, None)
            pos = _start
        return None

    # try_stmt: invalid_try_stmt | 'try' &&':' b=block f=finally_block { Try(b, [], [], f, EXTRA) } | 'try' &&':' b=block ex=except_block+ el=[else_block] f=[finally_block] { Try(b, ex, el or [], f or [], EXTRA) } | 'try' &&':' b=block ex=except_star_block+ el=[else_block] f=[finally_block] { check_version(p, 11, "Exception groups are", TryStar(b, ex, el or [], f or [], EXTRA)) }
    def try_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_try_stmt
        if call_invalid_rules and _t == 129:
            if tok_type[pos] == 129 and (_v220 := invalid_try_stmt_rule()) is not None:
                return _v220
            pos = _start
        # 'try' &&':' b=block f=finally_block { Try(b, [], [], f, EXTRA) }
        if _t == 129:
            if tok_type[pos] == 129:
                pos += 1
                if not (tok_type[pos] == 11):
                    raise_expected(p, pos, "':'")
                pos += 1
                if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                    if tok_type[pos] == 114 and (f := finally_block_rule()) is not None:
                        return Try(b, [], [], f, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'try' &&':' b=block ex=except_block+ el=[else_block] f=[finally_block] { Try(b, ex, el or [], f or [], EXTRA) }
        if _t == 129:
            if tok_type[pos] == 129:
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
                        _mark224 = pos
                        _matched225 = False
                        if tok_type[pos] == 112:
                            if tok_type[pos] == 112 and (_v223 := else_block_rule()) is not None:
                                el = _v223
                                _matched225 = True
                        if not _matched225:
                            pos = _mark224
                        f = None
                        _mark227 = pos
                        _matched228 = False
                        if tok_type[pos] == 114:
                            if tok_type[pos] == 114 and (_v226 := finally_block_rule()) is not None:
                                f = _v226
                                _matched228 = True
                        if not _matched228:
                            pos = _mark227
                        return Try(b, ex, el or [], f or [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'try' &&':' b=block ex=except_star_block+ el=[else_block] f=[finally_block] { check_version(p, 11, "Exception groups are", TryStar(b, ex, el or [], f or [], EXTRA)) }
        if _t == 129:
            if tok_type[pos] == 129:
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
                        _mark232 = pos
                        _matched233 = False
                        if tok_type[pos] == 112:
                            if tok_type[pos] == 112 and (_v231 := else_block_rule()) is not None:
                                el = _v231
                                _matched233 = True
                        if not _matched233:
                            pos = _mark232
                        f = None
                        _mark235 = pos
                        _matched236 = False
                        if tok_type[pos] == 114:
                            if tok_type[pos] == 114 and (_v234 := finally_block_rule()) is not None:
                                f = _v234
                                _matched236 = True
                        if not _matched236:
                            pos = _mark235
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
            if tok_type[pos] == 113 and (_v237 := invalid_except_stmt_indent_rule()) is not None:
                return _v237
            pos = _start
        # 'except' e=expression t=['as' z=NAME { z }] ':' b=block { ExceptHandler(e, t.id if t is not None else None, b, EXTRA) }
        if _t == 113:
            if tok_type[pos] == 113:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (e := expression_rule()) is not None:
                    t = None
                    _mark238 = pos
                    _matched239 = False
                    if tok_type[pos] == 104:
                        if tok_type[pos] == 104:
                            pos += 1
                            if tok_type[pos] == 1:
                                z = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                                pos += 1
                                t = z
                                _matched239 = True
                    if not _matched239:
                        pos = _mark238
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                            return ExceptHandler(e, t.id if t is not None else None, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'except' ':' b=block { ExceptHandler(None, None, b, EXTRA) }
        if _t == 113:
            if tok_type[pos] == 113:
                pos += 1
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                        return ExceptHandler(None, None, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # invalid_except_stmt
        if call_invalid_rules and _t == 113:
            if tok_type[pos] == 113 and (_v240 := invalid_except_stmt_rule()) is not None:
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
            if tok_type[pos] == 113 and (_v241 := invalid_except_star_stmt_indent_rule()) is not None:
                return _v241
            pos = _start
        # 'except' '*' e=expression t=['as' z=NAME { z }] ':' b=block { ExceptHandler(e, t.id if t is not None else None, b, EXTRA) }
        if _t == 113:
            if tok_type[pos] == 113:
                pos += 1
                if tok_type[pos] == 16:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (e := expression_rule()) is not None:
                        t = None
                        _mark242 = pos
                        _matched243 = False
                        if tok_type[pos] == 104:
                            if tok_type[pos] == 104:
                                pos += 1
                                if tok_type[pos] == 1:
                                    z = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                                    pos += 1
                                    t = z
                                    _matched243 = True
                        if not _matched243:
                            pos = _mark242
                        if tok_type[pos] == 11:
                            pos += 1
                            if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (b := block_rule()) is not None:
                                return ExceptHandler(e, t.id if t is not None else None, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # invalid_except_stmt
        if call_invalid_rules and _t == 113:
            if tok_type[pos] == 113 and (_v244 := invalid_except_stmt_rule()) is not None:
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
            if tok_type[pos] == 114 and (_v245 := invalid_finally_stmt_rule()) is not None:
                return _v245
            pos = _start
        # 'finally' &&':' a=block { a }
        if _t == 114:
            if tok_type[pos] == 114:
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
            if tok_type[pos] == 1 and (_v248 := invalid_match_stmt_rule()) is not None:
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (value := star_named_expression_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    values = star_named_expressions_rule() if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} else None
                    return Tuple([value] + (values or []), LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # named_expression
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v249 := named_expression_rule()) is not None:
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
            if tok_type[pos] == 1 and (_v250 := invalid_case_block_rule()) is not None:
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
                            return match_case(pattern, guard, body)
            pos = _start
        return None

    # guard: 'if' guard=named_expression { guard }
    def guard_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'if' guard=named_expression { guard }
        if _t == 118:
            if tok_type[pos] == 118:
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102} and (patterns := open_sequence_pattern_rule()) is not None:
                return MatchSequence(patterns, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # pattern
        if _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (_v251 := pattern_rule()) is not None:
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (_v252 := as_pattern_rule()) is not None:
                return _v252
            pos = _start
        # or_pattern
        if _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (_v253 := or_pattern_rule()) is not None:
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (pattern := or_pattern_rule()) is not None:
                if tok_type[pos] == 104:
                    pos += 1
                    if tok_type[pos] == 1 and (target := pattern_capture_target_rule()) is not None:
                        return MatchAs(pattern, target.id, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # invalid_as_pattern
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (_v254 := invalid_as_pattern_rule()) is not None:
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
            if tok_type[pos] in {2, 3, 15, 61, 100, 101, 102} and (_v258 := literal_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v258, pos)
                return _v258
            pos = _start
        # capture_pattern
        if _t == 1:
            if tok_type[pos] == 1 and (_v259 := capture_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v259, pos)
                return _v259
            pos = _start
        # wildcard_pattern
        if _t == 1:
            if tok_type[pos] == 1 and (_v260 := wildcard_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v260, pos)
                return _v260
            pos = _start
        # value_pattern
        if _t == 1:
            if tok_type[pos] == 1 and (_v261 := value_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v261, pos)
                return _v261
            pos = _start
        # group_pattern
        if _t == 7:
            if tok_type[pos] == 7 and (_v262 := group_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v262, pos)
                return _v262
            pos = _start
        # sequence_pattern
        if _t in {7, 9}:
            if tok_type[pos] in {7, 9} and (_v263 := sequence_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v263, pos)
                return _v263
            pos = _start
        # mapping_pattern
        if _t == 25:
            if tok_type[pos] == 25 and (_v264 := mapping_pattern_rule()) is not None:
                closed_pattern_memo[_start] = (_v264, pos)
                return _v264
            pos = _start
        # class_pattern
        if _t == 1:
            if tok_type[pos] == 1 and (_v265 := class_pattern_rule()) is not None:
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
            if tok_type[pos] in {2, 15} and (value := signed_number_rule()) is not None:
                if not (tok_type[pos] in {14, 15}):
                    return MatchValue(value, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # value=complex_number { MatchValue(value, EXTRA) }
        if _t in {2, 15}:
            if tok_type[pos] in {2, 15} and (value := complex_number_rule()) is not None:
                return MatchValue(value, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # value=strings { MatchValue(value, EXTRA) }
        if _t in {3, 61}:
            if tok_type[pos] in {3, 61} and (value := strings_rule()) is not None:
                return MatchValue(value, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'None' { MatchSingleton(None, EXTRA) }
        if _t == 101:
            if tok_type[pos] == 101:
                pos += 1
                return MatchSingleton(None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'True' { MatchSingleton(True, EXTRA) }
        if _t == 102:
            if tok_type[pos] == 102:
                pos += 1
                return MatchSingleton(True, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'False' { MatchSingleton(False, EXTRA) }
        if _t == 100:
            if tok_type[pos] == 100:
                pos += 1
                return MatchSingleton(False, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' { Constant(None, None, EXTRA) } | 'True' { Constant(True, None, EXTRA) } | 'False' { Constant(False, None, EXTRA) }
    def literal_expr_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # signed_number !('+' | '-')
        if _t in {2, 15}:
            if tok_type[pos] in {2, 15} and (_v266 := signed_number_rule()) is not None:
                if not (tok_type[pos] in {14, 15}):
                    return _v266
            pos = _start
        # complex_number
        if _t in {2, 15}:
            if tok_type[pos] in {2, 15} and (_v267 := complex_number_rule()) is not None:
                return _v267
            pos = _start
        # strings
        if _t in {3, 61}:
            if tok_type[pos] in {3, 61} and (_v268 := strings_rule()) is not None:
                return _v268
            pos = _start
        # 'None' { Constant(None, None, EXTRA) }
        if _t == 101:
            if tok_type[pos] == 101:
                pos += 1
                return Constant(None, None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'True' { Constant(True, None, EXTRA) }
        if _t == 102:
            if tok_type[pos] == 102:
                pos += 1
                return Constant(True, None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'False' { Constant(False, None, EXTRA) }
        if _t == 100:
            if tok_type[pos] == 100:
                pos += 1
                return Constant(False, None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
                    return BinOp(real, ADD, imag, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # real=signed_real_number '-' imag=imaginary_number { BinOp(real, SUB, imag, EXTRA) }
        if _shared269 is not None:
            pos = _shared_end270
            real = _shared269
            if tok_type[pos] == 15:
                pos += 1
                if tok_type[pos] == 2 and (imag := imaginary_number_rule()) is not None:
                    return BinOp(real, SUB, imag, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        return None

    # signed_number: NUMBER | '-' number=NUMBER { UnaryOp(USUB, number, EXTRA) }
    def signed_number_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # NUMBER
        if _t == 2:
            if tok_type[pos] == 2:
                _v271 = Constant(parse_number(p, pos), None, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                return _v271
            pos = _start
        # '-' number=NUMBER { UnaryOp(USUB, number, EXTRA) }
        if _t == 15:
            if tok_type[pos] == 15:
                pos += 1
                if tok_type[pos] == 2:
                    number = Constant(parse_number(p, pos), None, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                    pos += 1
                    return UnaryOp(USUB, number, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # signed_real_number: real_number | '-' real=real_number { UnaryOp(USUB, real, EXTRA) }
    def signed_real_number_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # real_number
        if _t == 2:
            if tok_type[pos] == 2 and (_v272 := real_number_rule()) is not None:
                return _v272
            pos = _start
        # '-' real=real_number { UnaryOp(USUB, real, EXTRA) }
        if _t == 15:
            if tok_type[pos] == 15:
                pos += 1
                if tok_type[pos] == 2 and (real := real_number_rule()) is not None:
                    return UnaryOp(USUB, real, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # real_number: real=NUMBER { ensure_real(p, real) }
    def real_number_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # real=NUMBER { ensure_real(p, real) }
        if _t == 2:
            if tok_type[pos] == 2:
                real = Constant(parse_number(p, pos), None, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
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
            if tok_type[pos] == 2:
                imag = Constant(parse_number(p, pos), None, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
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
            if tok_type[pos] == 1 and (target := pattern_capture_target_rule()) is not None:
                return MatchAs(None, target.id, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
                    name = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
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
                return MatchAs(None, None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # value_pattern: attr=attr !('.' | '(' | '=') { MatchValue(attr, EXTRA) }
    def value_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # attr=attr !('.' | '(' | '=') { MatchValue(attr, EXTRA) }
        if _t == 1:
            if tok_type[pos] == 1 and (attr := attr_rule()) is not None:
                if not (tok_type[pos] in {7, 22, 23}):
                    return MatchValue(attr, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # attr: value=name_or_attr '.' attr=NAME { Attribute(value, attr.id, LOAD, EXTRA) }
    def _attr_rule_body():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # value=name_or_attr '.' attr=NAME { Attribute(value, attr.id, LOAD, EXTRA) }
        if _t == 1:
            if tok_type[pos] == 1 and (value := name_or_attr_rule()) is not None:
                if tok_type[pos] == 23:
                    pos += 1
                    if tok_type[pos] == 1:
                        attr = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                        pos += 1
                        return Attribute(value, attr.id, LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
            if tok_type[pos] == 1 and (_v273 := attr_rule()) is not None:
                return _v273
            pos = _start
        # NAME
        if _t == 1:
            if tok_type[pos] == 1:
                _v274 = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
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
            if tok_type[pos] == 7:
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
            if tok_type[pos] == 9:
                pos += 1
                patterns = maybe_sequence_pattern_rule() if tok_type[pos] in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102} else None
                if tok_type[pos] == 10:
                    pos += 1
                    return MatchSequence(patterns or [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # '(' patterns=open_sequence_pattern? ')' { MatchSequence(patterns or [], EXTRA) }
        if _t == 7:
            if tok_type[pos] == 7:
                pos += 1
                patterns = open_sequence_pattern_rule() if tok_type[pos] in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102} else None
                if tok_type[pos] == 8:
                    pos += 1
                    return MatchSequence(patterns or [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # open_sequence_pattern: pattern=maybe_star_pattern ',' patterns=maybe_sequence_pattern? { [pattern] + (patterns or []) }
    def open_sequence_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # pattern=maybe_star_pattern ',' patterns=maybe_sequence_pattern? { [pattern] + (patterns or []) }
        if _t in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 15, 16, 25, 61, 100, 101, 102} and (pattern := maybe_star_pattern_rule()) is not None:
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
            if tok_type[pos] == 16 and (_v278 := star_pattern_rule()) is not None:
                return _v278
            pos = _start
        # pattern
        if _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (_v279 := pattern_rule()) is not None:
                return _v279
            pos = _start
        return None

    # star_pattern: '*' target=pattern_capture_target { MatchStar(target.id, EXTRA) } | '*' wildcard_pattern { MatchStar(None, EXTRA) }
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
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] == 1 and (target := pattern_capture_target_rule()) is not None:
                    star_pattern_memo[_start] = (MatchStar(target.id, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                    return MatchStar(target.id, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # '*' wildcard_pattern { MatchStar(None, EXTRA) }
        if _t == 16:
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] == 1 and (_ := wildcard_pattern_rule()) is not None:
                    star_pattern_memo[_start] = (MatchStar(None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                    return MatchStar(None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        star_pattern_memo[_start] = (None, _start)
        return None

    # mapping_pattern: '{' '}' { MatchMapping([], [], None, EXTRA) } | '{' rest=double_star_pattern ','? '}' { MatchMapping([], [], rest.id, EXTRA) } | '{' items=items_pattern ',' rest=double_star_pattern ','? '}' { MatchMapping([key for key, _ in items], [pattern for _, pattern in items], rest.id, EXTRA) } | '{' items=items_pattern ','? '}' { MatchMapping([key for key, _ in items], [pattern for _, pattern in items], None, EXTRA) }
    def mapping_pattern_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '{' '}' { MatchMapping([], [], None, EXTRA) }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if tok_type[pos] == 26:
                    pos += 1
                    return MatchMapping([], [], None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # '{' rest=double_star_pattern ','? '}' { MatchMapping([], [], rest.id, EXTRA) }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if tok_type[pos] == 35 and (rest := double_star_pattern_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                    if tok_type[pos] == 26:
                        pos += 1
                        return MatchMapping([], [], rest.id, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # '{' items=items_pattern ',' rest=double_star_pattern ','? '}' { MatchMapping([key for key, _ in items], [pattern for _, pattern in items], rest.id, EXTRA) }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 15, 61, 100, 101, 102} and (items := items_pattern_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] == 35 and (rest := double_star_pattern_rule()) is not None:
                            if tok_type[pos] == 12:
                                pos += 1
                            if tok_type[pos] == 26:
                                pos += 1
                                return MatchMapping([key for key, _ in items], [pattern for _, pattern in items], rest.id, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # '{' items=items_pattern ','? '}' { MatchMapping([key for key, _ in items], [pattern for _, pattern in items], None, EXTRA) }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 15, 61, 100, 101, 102} and (items := items_pattern_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                    if tok_type[pos] == 26:
                        pos += 1
                        return MatchMapping([key for key, _ in items], [pattern for _, pattern in items], None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
            if tok_type[pos] == 35:
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
                    return MatchClass(cls, [], [], [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
                        return MatchClass(cls, patterns, [], [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
                        return MatchClass(cls, [], [key.id for key, _ in keywords], [pattern for _, pattern in keywords], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
                                return MatchClass(cls, patterns, [key.id for key, _ in keywords], [pattern for _, pattern in keywords], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # invalid_class_pattern
        if call_invalid_rules and _t == 1:
            if tok_type[pos] == 1 and (_v286 := invalid_class_pattern_rule()) is not None:
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
            if tok_type[pos] == 1:
                arg = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
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
                    n = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                    pos += 1
                    t = None
                    _mark295 = pos
                    _matched296 = False
                    if tok_type[pos] == 9:
                        if tok_type[pos] == 9 and (_v294 := type_params_rule()) is not None:
                            t = _v294
                            _matched296 = True
                    if not _matched296:
                        pos = _mark295
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
            if tok_type[pos] == 9:
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
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                b = None
                _mark301 = pos
                _matched302 = False
                if tok_type[pos] == 11:
                    if tok_type[pos] == 11 and (_v300 := type_param_bound_rule()) is not None:
                        b = _v300
                        _matched302 = True
                if not _matched302:
                    pos = _mark301
                type_param_memo[_start] = (TypeVar(a.id, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                return TypeVar(a.id, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # '*' a=NAME colon=':' e=expression { raise_starting_from(p, colon, "cannot use constraints with TypeVarTuple" if isinstance(e, Tuple) else "cannot use bound with TypeVarTuple") }
        if _t == 16:
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] == 1:
                    a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
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
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] == 1:
                    a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                    pos += 1
                    type_param_memo[_start] = (TypeVarTuple(a.id, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                    return TypeVarTuple(a.id, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # '**' a=NAME colon=':' e=expression { raise_starting_from(p, colon, "cannot use constraints with ParamSpec" if isinstance(e, Tuple) else "cannot use bound with ParamSpec") }
        if _t == 35:
            if tok_type[pos] == 35:
                pos += 1
                if tok_type[pos] == 1:
                    a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
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
            if tok_type[pos] == 35:
                pos += 1
                if tok_type[pos] == 1:
                    a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                    pos += 1
                    type_param_memo[_start] = (ParamSpec(a.id, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                    return ParamSpec(a.id, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        type_param_memo[_start] = (None, _start)
        return None

    # type_param_bound: ':' e=expression { e }
    def type_param_bound_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ':' e=expression { e }
        if _t == 11:
            if tok_type[pos] == 11:
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
        # the next 3 alternatives begin with expression: parse it once
        _shared303 = expression_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} else None
        _shared_end304 = pos
        pos = _start
        # a=expression b=(',' c=expression { c })+ [','] { Tuple([a] + b, LOAD, EXTRA) }
        if _shared303 is not None:
            pos = _shared_end304
            a = _shared303
            b = []
            while True:
                _mark306 = pos
                _mark307 = pos
                if tok_type[pos] == 12:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (c := expression_rule()) is not None:
                            _element305 = c
                            b.append(_element305)
                            continue
                pos = _mark307
                pos = _mark306
                break
            if b:
                if tok_type[pos] == 12:
                    pos += 1
                return Tuple([a] + b, LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # a=expression ',' { Tuple([a], LOAD, EXTRA) }
        if _shared303 is not None:
            pos = _shared_end304
            a = _shared303
            if tok_type[pos] == 12:
                pos += 1
                return Tuple([a], LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # expression
        if _shared303 is not None:
            pos = _shared_end304
            _v308 = _shared303
            return _v308
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
        # invalid_expression
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v309 := invalid_expression_rule()) is not None:
                expression_memo[_start] = (_v309, pos)
                return _v309
            pos = _start
        # invalid_legacy_expression
        if call_invalid_rules and _t == 1:
            if tok_type[pos] == 1 and (_v310 := invalid_legacy_expression_rule()) is not None:
                expression_memo[_start] = (_v310, pos)
                return _v310
            pos = _start
        # the next 2 alternatives begin with disjunction: parse it once
        _shared311 = disjunction_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} else None
        _shared_end312 = pos
        pos = _start
        # a=disjunction 'if' b=disjunction 'else' c=expression { IfExp(b, a, c, EXTRA) }
        if _shared311 is not None:
            pos = _shared_end312
            a = _shared311
            if tok_type[pos] == 118:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (b := disjunction_rule()) is not None:
                    if tok_type[pos] == 112:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (c := expression_rule()) is not None:
                            expression_memo[_start] = (IfExp(b, a, c, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                            return IfExp(b, a, c, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # disjunction
        if _shared311 is not None:
            pos = _shared_end312
            _v313 = _shared311
            expression_memo[_start] = (_v313, pos)
            return _v313
        pos = _start
        # lambdef
        if _t == 122:
            if tok_type[pos] == 122 and (_v314 := lambdef_rule()) is not None:
                expression_memo[_start] = (_v314, pos)
                return _v314
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
            if tok_type[pos] == 132:
                pos += 1
                if tok_type[pos] == 116:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                        return YieldFrom(a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'yield' a=[star_expressions] { Yield(a, EXTRA) }
        if _t == 132:
            if tok_type[pos] == 132:
                pos += 1
                a = None
                _mark316 = pos
                _matched317 = False
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v315 := star_expressions_rule()) is not None:
                        a = _v315
                        _matched317 = True
                if not _matched317:
                    pos = _mark316
                return Yield(a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # star_expressions: a=star_expression b=(',' c=star_expression { c })+ [','] { Tuple([a] + b, LOAD, EXTRA) } | a=star_expression ',' { Tuple([a], LOAD, EXTRA) } | star_expression
    def star_expressions_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 3 alternatives begin with star_expression: parse it once
        _shared318 = star_expression_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} else None
        _shared_end319 = pos
        pos = _start
        # a=star_expression b=(',' c=star_expression { c })+ [','] { Tuple([a] + b, LOAD, EXTRA) }
        if _shared318 is not None:
            pos = _shared_end319
            a = _shared318
            b = []
            while True:
                _mark321 = pos
                _mark322 = pos
                if tok_type[pos] == 12:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (c := star_expression_rule()) is not None:
                            _element320 = c
                            b.append(_element320)
                            continue
                pos = _mark322
                pos = _mark321
                break
            if b:
                if tok_type[pos] == 12:
                    pos += 1
                return Tuple([a] + b, LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # a=star_expression ',' { Tuple([a], LOAD, EXTRA) }
        if _shared318 is not None:
            pos = _shared_end319
            a = _shared318
            if tok_type[pos] == 12:
                pos += 1
                return Tuple([a], LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # star_expression
        if _shared318 is not None:
            pos = _shared_end319
            _v323 = _shared318
            return _v323
        pos = _start
        return None

    # star_expression: '*' a=bitwise_or { Starred(a, LOAD, EXTRA) } | expression
    def star_expression_rule():
        nonlocal pos
        _start = pos
        _hit = star_expression_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        # '*' a=bitwise_or { Starred(a, LOAD, EXTRA) }
        if _t == 16:
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                    star_expression_memo[_start] = (Starred(a, LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                    return Starred(a, LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # expression
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v324 := expression_rule()) is not None:
                star_expression_memo[_start] = (_v324, pos)
                return _v324
            pos = _start
        star_expression_memo[_start] = (None, _start)
        return None

    # star_named_expressions: a=','.star_named_expression+ [','] { a }
    def star_named_expressions_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.star_named_expression+ [','] { a }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element325 := star_named_expression_rule()) is not None:
                a = [_element325]
                while True:
                    _mark326 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element327 := star_named_expression_rule()) is not None:
                            a.append(_element327)
                            continue
                    pos = _mark326
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
        # '*' a=bitwise_or { Starred(a, LOAD, EXTRA) }
        if _t == 16:
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                    return Starred(a, LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # named_expression
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v328 := named_expression_rule()) is not None:
                return _v328
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
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
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
        # assignment_expression
        if _t == 1:
            if tok_type[pos] == 1 and (_v329 := assignment_expression_rule()) is not None:
                return _v329
            pos = _start
        # invalid_named_expression
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v330 := invalid_named_expression_rule()) is not None:
                return _v330
            pos = _start
        # expression !':='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v331 := expression_rule()) is not None:
                if not (tok_type[pos] == 53):
                    return _v331
            pos = _start
        return None

    # disjunction: a=conjunction b=('or' c=conjunction { c })+ { BoolOp(OR, [a] + b, EXTRA) } | conjunction
    def disjunction_rule():
        nonlocal pos
        _start = pos
        _hit = disjunction_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        # the next 2 alternatives begin with conjunction: parse it once
        _shared332 = conjunction_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} else None
        _shared_end333 = pos
        pos = _start
        # a=conjunction b=('or' c=conjunction { c })+ { BoolOp(OR, [a] + b, EXTRA) }
        if _shared332 is not None:
            pos = _shared_end333
            a = _shared332
            b = []
            while True:
                _mark335 = pos
                _mark336 = pos
                if tok_type[pos] == 125:
                    if tok_type[pos] == 125:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (c := conjunction_rule()) is not None:
                            _element334 = c
                            b.append(_element334)
                            continue
                pos = _mark336
                pos = _mark335
                break
            if b:
                disjunction_memo[_start] = (BoolOp(OR, [a] + b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                return BoolOp(OR, [a] + b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # conjunction
        if _shared332 is not None:
            pos = _shared_end333
            _v337 = _shared332
            disjunction_memo[_start] = (_v337, pos)
            return _v337
        pos = _start
        disjunction_memo[_start] = (None, _start)
        return None

    # conjunction: a=inversion b=('and' c=inversion { c })+ { BoolOp(AND, [a] + b, EXTRA) } | inversion
    def conjunction_rule():
        nonlocal pos
        _start = pos
        _hit = conjunction_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        # the next 2 alternatives begin with inversion: parse it once
        _shared338 = inversion_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} else None
        _shared_end339 = pos
        pos = _start
        # a=inversion b=('and' c=inversion { c })+ { BoolOp(AND, [a] + b, EXTRA) }
        if _shared338 is not None:
            pos = _shared_end339
            a = _shared338
            b = []
            while True:
                _mark341 = pos
                _mark342 = pos
                if tok_type[pos] == 103:
                    if tok_type[pos] == 103:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (c := inversion_rule()) is not None:
                            _element340 = c
                            b.append(_element340)
                            continue
                pos = _mark342
                pos = _mark341
                break
            if b:
                conjunction_memo[_start] = (BoolOp(AND, [a] + b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                return BoolOp(AND, [a] + b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # inversion
        if _shared338 is not None:
            pos = _shared_end339
            _v343 = _shared338
            conjunction_memo[_start] = (_v343, pos)
            return _v343
        pos = _start
        conjunction_memo[_start] = (None, _start)
        return None

    # inversion: 'not' a=inversion { UnaryOp(NOT, a, EXTRA) } | comparison
    def inversion_rule():
        nonlocal pos
        _start = pos
        _hit = inversion_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        # 'not' a=inversion { UnaryOp(NOT, a, EXTRA) }
        if _t == 124:
            if tok_type[pos] == 124:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (a := inversion_rule()) is not None:
                    inversion_memo[_start] = (UnaryOp(NOT, a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                    return UnaryOp(NOT, a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # comparison
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (_v344 := comparison_rule()) is not None:
                inversion_memo[_start] = (_v344, pos)
                return _v344
            pos = _start
        inversion_memo[_start] = (None, _start)
        return None

    # comparison: a=bitwise_or b=compare_op_bitwise_or_pair+ { Compare(a, [op for op, _ in b], [operand for _, operand in b], EXTRA) } | bitwise_or
    def comparison_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 2 alternatives begin with bitwise_or: parse it once
        _shared345 = bitwise_or_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} else None
        _shared_end346 = pos
        pos = _start
        # a=bitwise_or b=compare_op_bitwise_or_pair+ { Compare(a, [op for op, _ in b], [operand for _, operand in b], EXTRA) }
        if _shared345 is not None:
            pos = _shared_end346
            a = _shared345
            b = []
            while True:
                _mark348 = pos
                if tok_type[pos] in {20, 21, 27, 28, 29, 30, 120, 121, 124} and (_element347 := compare_op_bitwise_or_pair_rule()) is not None:
                    b.append(_element347)
                    continue
                pos = _mark348
                break
            if b:
                return Compare(a, [op for op, _ in b], [operand for _, operand in b], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # bitwise_or
        if _shared345 is not None:
            pos = _shared_end346
            _v349 = _shared345
            return _v349
        pos = _start
        return None

    # compare_op_bitwise_or_pair: eq_bitwise_or | noteq_bitwise_or | lte_bitwise_or | lt_bitwise_or | gte_bitwise_or | gt_bitwise_or | notin_bitwise_or | in_bitwise_or | isnot_bitwise_or | is_bitwise_or
    def compare_op_bitwise_or_pair_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # eq_bitwise_or
        if _t == 27:
            if tok_type[pos] == 27 and (_v350 := eq_bitwise_or_rule()) is not None:
                return _v350
            pos = _start
        # noteq_bitwise_or
        if _t == 28:
            if tok_type[pos] == 28 and (_v351 := noteq_bitwise_or_rule()) is not None:
                return _v351
            pos = _start
        # lte_bitwise_or
        if _t == 29:
            if tok_type[pos] == 29 and (_v352 := lte_bitwise_or_rule()) is not None:
                return _v352
            pos = _start
        # lt_bitwise_or
        if _t == 20:
            if tok_type[pos] == 20 and (_v353 := lt_bitwise_or_rule()) is not None:
                return _v353
            pos = _start
        # gte_bitwise_or
        if _t == 30:
            if tok_type[pos] == 30 and (_v354 := gte_bitwise_or_rule()) is not None:
                return _v354
            pos = _start
        # gt_bitwise_or
        if _t == 21:
            if tok_type[pos] == 21 and (_v355 := gt_bitwise_or_rule()) is not None:
                return _v355
            pos = _start
        # notin_bitwise_or
        if _t == 124:
            if tok_type[pos] == 124 and (_v356 := notin_bitwise_or_rule()) is not None:
                return _v356
            pos = _start
        # in_bitwise_or
        if _t == 120:
            if tok_type[pos] == 120 and (_v357 := in_bitwise_or_rule()) is not None:
                return _v357
            pos = _start
        # isnot_bitwise_or
        if _t == 121:
            if tok_type[pos] == 121 and (_v358 := isnot_bitwise_or_rule()) is not None:
                return _v358
            pos = _start
        # is_bitwise_or
        if _t == 121:
            if tok_type[pos] == 121 and (_v359 := is_bitwise_or_rule()) is not None:
                return _v359
            pos = _start
        return None

    # eq_bitwise_or: '==' a=bitwise_or { (EQ, a) }
    def eq_bitwise_or_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '==' a=bitwise_or { (EQ, a) }
        if _t == 27:
            if tok_type[pos] == 27:
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
            if tok_type[pos] == 28 and (_ := _group_2()) is not None:
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
            if tok_type[pos] == 29:
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
            if tok_type[pos] == 20:
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
            if tok_type[pos] == 30:
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
            if tok_type[pos] == 21:
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
            if tok_type[pos] == 124:
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
            if tok_type[pos] == 120:
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
            if tok_type[pos] == 121:
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
            if tok_type[pos] == 121:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                    return (IS, a)
            pos = _start
        return None

    # bitwise_or: a=bitwise_or '|' b=bitwise_xor { BinOp(a, BITOR, b, EXTRA) } | bitwise_xor
    def bitwise_or_rule():
        nonlocal pos
        _start = pos
        _hit = bitwise_or_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        _left = None
        while True:  # the seed: the first alternative not starting with the rule
            # bitwise_xor
            if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (_v360 := bitwise_xor_rule()) is not None:
                    _left = _v360
                    break
                pos = _start
            break
        if _left is None:
            pos = _start
            bitwise_or_memo[_start] = (None, pos)
            return None
        while True:  # grow: bitwise_or <tail> while a tail follows
            _mark = pos
            # a=bitwise_or '|' b=bitwise_xor { BinOp(a, BITOR, b, EXTRA) }
            if tok_type[pos] == 18:
                a = _left
                if tok_type[pos] == 18:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := bitwise_xor_rule()) is not None:
                        _left = BinOp(a, BITOR, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                        continue
                pos = _mark
            break
        bitwise_or_memo[_start] = (_left, pos)
        return _left

    # bitwise_xor: a=bitwise_xor '^' b=bitwise_and { BinOp(a, BITXOR, b, EXTRA) } | bitwise_and
    def bitwise_xor_rule():
        nonlocal pos
        _start = pos
        _hit = bitwise_xor_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        _left = None
        while True:  # the seed: the first alternative not starting with the rule
            # bitwise_and
            if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (_v361 := bitwise_and_rule()) is not None:
                    _left = _v361
                    break
                pos = _start
            break
        if _left is None:
            pos = _start
            bitwise_xor_memo[_start] = (None, pos)
            return None
        while True:  # grow: bitwise_xor <tail> while a tail follows
            _mark = pos
            # a=bitwise_xor '^' b=bitwise_and { BinOp(a, BITXOR, b, EXTRA) }
            if tok_type[pos] == 32:
                a = _left
                if tok_type[pos] == 32:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := bitwise_and_rule()) is not None:
                        _left = BinOp(a, BITXOR, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                        continue
                pos = _mark
            break
        bitwise_xor_memo[_start] = (_left, pos)
        return _left

    # bitwise_and: a=bitwise_and '&' b=shift_expr { BinOp(a, BITAND, b, EXTRA) } | shift_expr
    def bitwise_and_rule():
        nonlocal pos
        _start = pos
        _hit = bitwise_and_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        _left = None
        while True:  # the seed: the first alternative not starting with the rule
            # shift_expr
            if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (_v362 := shift_expr_rule()) is not None:
                    _left = _v362
                    break
                pos = _start
            break
        if _left is None:
            pos = _start
            bitwise_and_memo[_start] = (None, pos)
            return None
        while True:  # grow: bitwise_and <tail> while a tail follows
            _mark = pos
            # a=bitwise_and '&' b=shift_expr { BinOp(a, BITAND, b, EXTRA) }
            if tok_type[pos] == 19:
                a = _left
                if tok_type[pos] == 19:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := shift_expr_rule()) is not None:
                        _left = BinOp(a, BITAND, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                        continue
                pos = _mark
            break
        bitwise_and_memo[_start] = (_left, pos)
        return _left

    # shift_expr: a=shift_expr '<<' b=sum { BinOp(a, LSHIFT, b, EXTRA) } | a=shift_expr '>>' b=sum { BinOp(a, RSHIFT, b, EXTRA) } | sum
    def shift_expr_rule():
        nonlocal pos
        _start = pos
        _hit = shift_expr_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        _left = None
        while True:  # the seed: the first alternative not starting with the rule
            # sum
            if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (_v363 := sum_rule()) is not None:
                    _left = _v363
                    break
                pos = _start
            break
        if _left is None:
            pos = _start
            shift_expr_memo[_start] = (None, pos)
            return None
        while True:  # grow: shift_expr <tail> while a tail follows
            _mark = pos
            # a=shift_expr '<<' b=sum { BinOp(a, LSHIFT, b, EXTRA) }
            if tok_type[pos] == 33:
                a = _left
                if tok_type[pos] == 33:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := sum_rule()) is not None:
                        _left = BinOp(a, LSHIFT, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                        continue
                pos = _mark
            # a=shift_expr '>>' b=sum { BinOp(a, RSHIFT, b, EXTRA) }
            if tok_type[pos] == 34:
                a = _left
                if tok_type[pos] == 34:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := sum_rule()) is not None:
                        _left = BinOp(a, RSHIFT, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                        continue
                pos = _mark
            break
        shift_expr_memo[_start] = (_left, pos)
        return _left

    # sum: a=sum '+' b=term { BinOp(a, ADD, b, EXTRA) } | a=sum '-' b=term { BinOp(a, SUB, b, EXTRA) } | term
    def sum_rule():
        nonlocal pos
        _start = pos
        _hit = sum_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        _left = None
        while True:  # the seed: the first alternative not starting with the rule
            # term
            if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (_v364 := term_rule()) is not None:
                    _left = _v364
                    break
                pos = _start
            break
        if _left is None:
            pos = _start
            sum_memo[_start] = (None, pos)
            return None
        while True:  # grow: sum <tail> while a tail follows
            _mark = pos
            # a=sum '+' b=term { BinOp(a, ADD, b, EXTRA) }
            if tok_type[pos] == 14:
                a = _left
                if tok_type[pos] == 14:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := term_rule()) is not None:
                        _left = BinOp(a, ADD, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                        continue
                pos = _mark
            # a=sum '-' b=term { BinOp(a, SUB, b, EXTRA) }
            if tok_type[pos] == 15:
                a = _left
                if tok_type[pos] == 15:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := term_rule()) is not None:
                        _left = BinOp(a, SUB, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                        continue
                pos = _mark
            break
        sum_memo[_start] = (_left, pos)
        return _left

    # term: a=term '*' b=factor { BinOp(a, MULT, b, EXTRA) } | a=term '/' b=factor { BinOp(a, DIV, b, EXTRA) } | a=term '//' b=factor { BinOp(a, FLOORDIV, b, EXTRA) } | a=term '%' b=factor { BinOp(a, MOD, b, EXTRA) } | a=term '@' b=factor { check_version(p, 5, "The '@' operator is", BinOp(a, MATMULT, b, EXTRA)) } | factor
    def term_rule():
        nonlocal pos
        _start = pos
        _hit = term_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        _left = None
        while True:  # the seed: the first alternative not starting with the rule
            # factor
            if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (_v365 := factor_rule()) is not None:
                    _left = _v365
                    break
                pos = _start
            break
        if _left is None:
            pos = _start
            term_memo[_start] = (None, pos)
            return None
        while True:  # grow: term <tail> while a tail follows
            _mark = pos
            # a=term '*' b=factor { BinOp(a, MULT, b, EXTRA) }
            if tok_type[pos] == 16:
                a = _left
                if tok_type[pos] == 16:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                        _left = BinOp(a, MULT, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                        continue
                pos = _mark
            # a=term '/' b=factor { BinOp(a, DIV, b, EXTRA) }
            if tok_type[pos] == 17:
                a = _left
                if tok_type[pos] == 17:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                        _left = BinOp(a, DIV, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                        continue
                pos = _mark
            # a=term '//' b=factor { BinOp(a, FLOORDIV, b, EXTRA) }
            if tok_type[pos] == 47:
                a = _left
                if tok_type[pos] == 47:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                        _left = BinOp(a, FLOORDIV, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                        continue
                pos = _mark
            # a=term '%' b=factor { BinOp(a, MOD, b, EXTRA) }
            if tok_type[pos] == 24:
                a = _left
                if tok_type[pos] == 24:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                        _left = BinOp(a, MOD, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                        continue
                pos = _mark
            # a=term '@' b=factor { check_version(p, 5, "The '@' operator is", BinOp(a, MATMULT, b, EXTRA)) }
            if tok_type[pos] == 49:
                a = _left
                if tok_type[pos] == 49:
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

    # factor: '+' a=factor { UnaryOp(UADD, a, EXTRA) } | '-' a=factor { UnaryOp(USUB, a, EXTRA) } | '~' a=factor { UnaryOp(INVERT, a, EXTRA) } | power
    def factor_rule():
        nonlocal pos
        _start = pos
        _hit = factor_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        # '+' a=factor { UnaryOp(UADD, a, EXTRA) }
        if _t == 14:
            if tok_type[pos] == 14:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := factor_rule()) is not None:
                    factor_memo[_start] = (UnaryOp(UADD, a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                    return UnaryOp(UADD, a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # '-' a=factor { UnaryOp(USUB, a, EXTRA) }
        if _t == 15:
            if tok_type[pos] == 15:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := factor_rule()) is not None:
                    factor_memo[_start] = (UnaryOp(USUB, a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                    return UnaryOp(USUB, a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # '~' a=factor { UnaryOp(INVERT, a, EXTRA) }
        if _t == 31:
            if tok_type[pos] == 31:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := factor_rule()) is not None:
                    factor_memo[_start] = (UnaryOp(INVERT, a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                    return UnaryOp(INVERT, a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # power
        if _t in {1, 2, 3, 7, 9, 25, 52, 56, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 56, 61, 100, 101, 102} and (_v366 := power_rule()) is not None:
                factor_memo[_start] = (_v366, pos)
                return _v366
            pos = _start
        factor_memo[_start] = (None, _start)
        return None

    # power: a=await_primary '**' b=factor { BinOp(a, POW, b, EXTRA) } | await_primary
    def power_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # the next 2 alternatives begin with await_primary: parse it once
        _shared367 = await_primary_rule() if _t in {1, 2, 3, 7, 9, 25, 52, 56, 61, 100, 101, 102} else None
        _shared_end368 = pos
        pos = _start
        # a=await_primary '**' b=factor { BinOp(a, POW, b, EXTRA) }
        if _shared367 is not None:
            pos = _shared_end368
            a = _shared367
            if tok_type[pos] == 35:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (b := factor_rule()) is not None:
                    return BinOp(a, POW, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # await_primary
        if _shared367 is not None:
            pos = _shared_end368
            _v369 = _shared367
            return _v369
        pos = _start
        return None

    # await_primary: AWAIT a=primary { check_version(p, 5, "Await expressions are", Await(a, EXTRA)) } | primary
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
            if tok_type[pos] == 56:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (a := primary_rule()) is not None:
                    await_primary_memo[_start] = (check_version(p, 5, "Await expressions are", Await(a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])), pos)
                    return check_version(p, 5, "Await expressions are", Await(a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]))
            pos = _start
        # primary
        if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (_v370 := primary_rule()) is not None:
                await_primary_memo[_start] = (_v370, pos)
                return _v370
            pos = _start
        await_primary_memo[_start] = (None, _start)
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
                if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (_v371 := atom_rule()) is not None:
                    _left = _v371
                    break
                pos = _start
            break
        if _left is None:
            pos = _start
            primary_memo[_start] = (None, pos)
            return None
        while True:  # grow: primary <tail> while a tail follows
            _mark = pos
            # a=primary '.' b=NAME { Attribute(a, b.id, LOAD, EXTRA) }
            if tok_type[pos] == 23:
                a = _left
                if tok_type[pos] == 23:
                    pos += 1
                    if tok_type[pos] == 1:
                        b = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                        pos += 1
                        _left = Attribute(a, b.id, LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                        continue
                pos = _mark
            # a=primary b=genexp { Call(a, [b], [], EXTRA) }
            if tok_type[pos] in {7, 9, 25}:
                a = _left
                if tok_type[pos] in {7, 9, 25} and (b := genexp_rule()) is not None:
                    _left = Call(a, [b], [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                    continue
                pos = _mark
            # a=primary '(' b=[arguments] ')' { Call(a, b.args if b is not None else [], b.keywords if b is not None else [], EXTRA) }
            if tok_type[pos] == 7:
                a = _left
                if tok_type[pos] == 7:
                    pos += 1
                    b = None
                    _mark373 = pos
                    _matched374 = False
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v372 := arguments_rule()) is not None:
                            b = _v372
                            _matched374 = True
                    if not _matched374:
                        pos = _mark373
                    if tok_type[pos] == 8:
                        pos += 1
                        _left = Call(a, b.args if b is not None else [], b.keywords if b is not None else [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                        continue
                pos = _mark
            # a=primary '[' b=slices ']' { Subscript(a, b, LOAD, EXTRA) }
            if tok_type[pos] == 9:
                a = _left
                if tok_type[pos] == 9:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := slices_rule()) is not None:
                        if tok_type[pos] == 10:
                            pos += 1
                            _left = Subscript(a, b, LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := slice_rule()) is not None:
                if not (tok_type[pos] == 12):
                    return a
            pos = _start
        # a=','.(slice | starred_expression)+ [','] { Tuple(a, LOAD, EXTRA) }
        if _t in {1, 2, 3, 7, 9, 11, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if (tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element375 := slice_rule()) is not None) or (tok_type[pos] == 16 and (_element375 := starred_expression_rule()) is not None):
                a = [_element375]
                while True:
                    _mark376 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if (tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element377 := slice_rule()) is not None) or (tok_type[pos] == 16 and (_element377 := starred_expression_rule()) is not None):
                            a.append(_element377)
                            continue
                    pos = _mark376
                    break
                if tok_type[pos] == 12:
                    pos += 1
                return Tuple(a, LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
            _mark379 = pos
            _matched380 = False
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v378 := expression_rule()) is not None:
                    a = _v378
                    _matched380 = True
            if not _matched380:
                pos = _mark379
            if tok_type[pos] == 11:
                pos += 1
                b = None
                _mark382 = pos
                _matched383 = False
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v381 := expression_rule()) is not None:
                        b = _v381
                        _matched383 = True
                if not _matched383:
                    pos = _mark382
                c = None
                _mark384 = pos
                _matched385 = False
                if tok_type[pos] == 11:
                    if tok_type[pos] == 11:
                        pos += 1
                        d = None
                        _mark387 = pos
                        _matched388 = False
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v386 := expression_rule()) is not None:
                                d = _v386
                                _matched388 = True
                        if not _matched388:
                            pos = _mark387
                        c = d
                        _matched385 = True
                if not _matched385:
                    pos = _mark384
                return Slice(a, b, c, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # a=named_expression { a }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
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
            if tok_type[pos] == 1:
                _v389 = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                return _v389
            pos = _start
        # 'True' { Constant(True, None, EXTRA) }
        if _t == 102:
            if tok_type[pos] == 102:
                pos += 1
                return Constant(True, None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'False' { Constant(False, None, EXTRA) }
        if _t == 100:
            if tok_type[pos] == 100:
                pos += 1
                return Constant(False, None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # 'None' { Constant(None, None, EXTRA) }
        if _t == 101:
            if tok_type[pos] == 101:
                pos += 1
                return Constant(None, None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # &(STRING | FSTRING_START) strings
        if _t in {3, 61}:
            if tok_type[pos] in {3, 61}:
                if tok_type[pos] in {3, 61} and (_v390 := strings_rule()) is not None:
                    return _v390
            pos = _start
        # NUMBER
        if _t == 2:
            if tok_type[pos] == 2:
                _v391 = Constant(parse_number(p, pos), None, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                return _v391
            pos = _start
        # &'(' (tuple | group | genexp)
        if _t == 7:
            if tok_type[pos] == 7:
                if (tok_type[pos] == 7 and (_v392 := tuple_rule()) is not None) or (tok_type[pos] == 7 and (_v392 := group_rule()) is not None) or (tok_type[pos] in {7, 9, 25} and (_v392 := genexp_rule()) is not None):
                    return _v392
            pos = _start
        # &'[' (list | listcomp)
        if _t == 9:
            if tok_type[pos] == 9:
                if (tok_type[pos] == 9 and (_v393 := list_rule()) is not None) or (tok_type[pos] in {7, 9, 25} and (_v393 := listcomp_rule()) is not None):
                    return _v393
            pos = _start
        # &'{' (dict | set | dictcomp | setcomp)
        if _t == 25:
            if tok_type[pos] == 25:
                if (tok_type[pos] == 25 and (_v394 := dict_rule()) is not None) or (tok_type[pos] == 25 and (_v394 := set_rule()) is not None) or (tok_type[pos] == 25 and (_v394 := dictcomp_rule()) is not None) or (tok_type[pos] in {7, 9, 25} and (_v394 := setcomp_rule()) is not None):
                    return _v394
            pos = _start
        # '...' { Constant(Ellipsis, None, EXTRA) }
        if _t == 52:
            if tok_type[pos] == 52:
                pos += 1
                return Constant(Ellipsis, None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # group: '(' a=(yield_expr | named_expression) ')' { a } | invalid_group
    def group_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '(' a=(yield_expr | named_expression) ')' { a }
        if _t == 7:
            if tok_type[pos] == 7:
                pos += 1
                if (tok_type[pos] == 132 and (a := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None):
                    if tok_type[pos] == 8:
                        pos += 1
                        return a
            pos = _start
        # invalid_group
        if call_invalid_rules and _t == 7:
            if tok_type[pos] == 7 and (_v395 := invalid_group_rule()) is not None:
                return _v395
            pos = _start
        return None

    # lambdef: 'lambda' a=[lambda_params] ':' b=expression { Lambda(a if a is not None else empty_arguments(), b, EXTRA) }
    def lambdef_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # 'lambda' a=[lambda_params] ':' b=expression { Lambda(a if a is not None else empty_arguments(), b, EXTRA) }
        if _t == 122:
            if tok_type[pos] == 122:
                pos += 1
                a = None
                _mark397 = pos
                _matched398 = False
                if tok_type[pos] in {1, 7, 16, 17, 35}:
                    if tok_type[pos] in {1, 7, 16, 17, 35} and (_v396 := lambda_params_rule()) is not None:
                        a = _v396
                        _matched398 = True
                if not _matched398:
                    pos = _mark397
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                        return Lambda(a if a is not None else empty_arguments(), b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # lambda_params: invalid_lambda_parameters | lambda_parameters
    def lambda_params_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_lambda_parameters
        if call_invalid_rules and _t in {1, 7, 16, 17}:
            if tok_type[pos] in {1, 7, 16, 17} and (_v399 := invalid_lambda_parameters_rule()) is not None:
                return _v399
            pos = _start
        # lambda_parameters
        if _t in {1, 16, 35}:
            if tok_type[pos] in {1, 16, 35} and (_v400 := lambda_parameters_rule()) is not None:
                return _v400
            pos = _start
        return None

    # lambda_parameters: a=lambda_slash_no_default b=lambda_param_no_default* c=lambda_param_with_default* d=[lambda_star_etc] { check_version(p, 8, "Positional-only parameters are", make_arguments(a, None, b, c, d)) } | a=lambda_slash_with_default b=lambda_param_with_default* c=[lambda_star_etc] { check_version(p, 8, "Positional-only parameters are", make_arguments(None, a, None, b, c)) } | a=lambda_param_no_default+ b=lambda_param_with_default* c=[lambda_star_etc] { make_arguments(None, None, a, b, c) } | a=lambda_param_with_default+ b=[lambda_star_etc] { make_arguments(None, None, None, a, b) } | a=lambda_star_etc { make_arguments(None, None, None, None, a) }
    def lambda_parameters_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=lambda_slash_no_default b=lambda_param_no_default* c=lambda_param_with_default* d=[lambda_star_etc] { check_version(p, 8, "Positional-only parameters are", make_arguments(a, None, b, c, d)) }
        if _t == 1:
            if tok_type[pos] == 1 and (a := lambda_slash_no_default_rule()) is not None:
                b = []
                while True:
                    _mark402 = pos
                    if tok_type[pos] == 1 and (_element401 := lambda_param_no_default_rule()) is not None:
                        b.append(_element401)
                        continue
                    pos = _mark402
                    break
                c = []
                while True:
                    _mark404 = pos
                    if tok_type[pos] == 1 and (_element403 := lambda_param_with_default_rule()) is not None:
                        c.append(_element403)
                        continue
                    pos = _mark404
                    break
                d = None
                _mark406 = pos
                _matched407 = False
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v405 := lambda_star_etc_rule()) is not None:
                        d = _v405
                        _matched407 = True
                if not _matched407:
                    pos = _mark406
                return check_version(p, 8, "Positional-only parameters are", make_arguments(a, None, b, c, d))
            pos = _start
        # a=lambda_slash_with_default b=lambda_param_with_default* c=[lambda_star_etc] { check_version(p, 8, "Positional-only parameters are", make_arguments(None, a, None, b, c)) }
        if _t == 1:
            if tok_type[pos] == 1 and (a := lambda_slash_with_default_rule()) is not None:
                b = []
                while True:
                    _mark409 = pos
                    if tok_type[pos] == 1 and (_element408 := lambda_param_with_default_rule()) is not None:
                        b.append(_element408)
                        continue
                    pos = _mark409
                    break
                c = None
                _mark411 = pos
                _matched412 = False
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v410 := lambda_star_etc_rule()) is not None:
                        c = _v410
                        _matched412 = True
                if not _matched412:
                    pos = _mark411
                return check_version(p, 8, "Positional-only parameters are", make_arguments(None, a, None, b, c))
            pos = _start
        # a=lambda_param_no_default+ b=lambda_param_with_default* c=[lambda_star_etc] { make_arguments(None, None, a, b, c) }
        if _t == 1:
            a = []
            while True:
                _mark414 = pos
                if tok_type[pos] == 1 and (_element413 := lambda_param_no_default_rule()) is not None:
                    a.append(_element413)
                    continue
                pos = _mark414
                break
            if a:
                b = []
                while True:
                    _mark416 = pos
                    if tok_type[pos] == 1 and (_element415 := lambda_param_with_default_rule()) is not None:
                        b.append(_element415)
                        continue
                    pos = _mark416
                    break
                c = None
                _mark418 = pos
                _matched419 = False
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v417 := lambda_star_etc_rule()) is not None:
                        c = _v417
                        _matched419 = True
                if not _matched419:
                    pos = _mark418
                return make_arguments(None, None, a, b, c)
            pos = _start
        # a=lambda_param_with_default+ b=[lambda_star_etc] { make_arguments(None, None, None, a, b) }
        if _t == 1:
            a = []
            while True:
                _mark421 = pos
                if tok_type[pos] == 1 and (_element420 := lambda_param_with_default_rule()) is not None:
                    a.append(_element420)
                    continue
                pos = _mark421
                break
            if a:
                b = None
                _mark423 = pos
                _matched424 = False
                if tok_type[pos] in {16, 35}:
                    if tok_type[pos] in {16, 35} and (_v422 := lambda_star_etc_rule()) is not None:
                        b = _v422
                        _matched424 = True
                if not _matched424:
                    pos = _mark423
                return make_arguments(None, None, None, a, b)
            pos = _start
        # a=lambda_star_etc { make_arguments(None, None, None, None, a) }
        if _t in {16, 35}:
            if tok_type[pos] in {16, 35} and (a := lambda_star_etc_rule()) is not None:
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
                _mark426 = pos
                if tok_type[pos] == 1 and (_element425 := lambda_param_no_default_rule()) is not None:
                    a.append(_element425)
                    continue
                pos = _mark426
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
                _mark428 = pos
                if tok_type[pos] == 1 and (_element427 := lambda_param_no_default_rule()) is not None:
                    a.append(_element427)
                    continue
                pos = _mark428
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
                _mark430 = pos
                if tok_type[pos] == 1 and (_element429 := lambda_param_no_default_rule()) is not None:
                    a.append(_element429)
                    continue
                pos = _mark430
                break
            b = []
            while True:
                _mark432 = pos
                if tok_type[pos] == 1 and (_element431 := lambda_param_with_default_rule()) is not None:
                    b.append(_element431)
                    continue
                pos = _mark432
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
                _mark434 = pos
                if tok_type[pos] == 1 and (_element433 := lambda_param_no_default_rule()) is not None:
                    a.append(_element433)
                    continue
                pos = _mark434
                break
            b = []
            while True:
                _mark436 = pos
                if tok_type[pos] == 1 and (_element435 := lambda_param_with_default_rule()) is not None:
                    b.append(_element435)
                    continue
                pos = _mark436
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
            if tok_type[pos] == 16 and (_v437 := invalid_lambda_star_etc_rule()) is not None:
                return _v437
            pos = _start
        # '*' a=lambda_param_no_default b=lambda_param_maybe_default* c=[lambda_kwds] { (a, b, c) }
        if _t == 16:
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] == 1 and (a := lambda_param_no_default_rule()) is not None:
                    b = []
                    while True:
                        _mark439 = pos
                        if tok_type[pos] == 1 and (_element438 := lambda_param_maybe_default_rule()) is not None:
                            b.append(_element438)
                            continue
                        pos = _mark439
                        break
                    c = None
                    _mark441 = pos
                    _matched442 = False
                    if tok_type[pos] == 35:
                        if tok_type[pos] == 35 and (_v440 := lambda_kwds_rule()) is not None:
                            c = _v440
                            _matched442 = True
                    if not _matched442:
                        pos = _mark441
                    return (a, b, c)
            pos = _start
        # '*' ',' b=lambda_param_maybe_default+ c=[lambda_kwds] { (None, b, c) }
        if _t == 16:
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] == 12:
                    pos += 1
                    b = []
                    while True:
                        _mark444 = pos
                        if tok_type[pos] == 1 and (_element443 := lambda_param_maybe_default_rule()) is not None:
                            b.append(_element443)
                            continue
                        pos = _mark444
                        break
                    if b:
                        c = None
                        _mark446 = pos
                        _matched447 = False
                        if tok_type[pos] == 35:
                            if tok_type[pos] == 35 and (_v445 := lambda_kwds_rule()) is not None:
                                c = _v445
                                _matched447 = True
                        if not _matched447:
                            pos = _mark446
                        return (None, b, c)
            pos = _start
        # a=lambda_kwds { (None, [], a) }
        if _t == 35:
            if tok_type[pos] == 35 and (a := lambda_kwds_rule()) is not None:
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
            if tok_type[pos] == 35 and (_v448 := invalid_lambda_kwds_rule()) is not None:
                return _v448
            pos = _start
        # '**' a=lambda_param_no_default { a }
        if _t == 35:
            if tok_type[pos] == 35:
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
        _shared449 = lambda_param_rule() if _t == 1 else None
        _shared_end450 = pos
        pos = _start
        # a=lambda_param ',' { a }
        if _shared449 is not None:
            pos = _shared_end450
            a = _shared449
            if tok_type[pos] == 12:
                pos += 1
                return a
        pos = _start
        # a=lambda_param &':' { a }
        if _shared449 is not None:
            pos = _shared_end450
            a = _shared449
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
        _shared451 = lambda_param_rule() if _t == 1 else None
        _shared_end452 = pos
        pos = _start
        # a=lambda_param c=default ',' { name_default_pair(p, a, c, None) }
        if _shared451 is not None:
            pos = _shared_end452
            a = _shared451
            if tok_type[pos] == 22 and (c := default_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    return name_default_pair(p, a, c, None)
        pos = _start
        # a=lambda_param c=default &':' { name_default_pair(p, a, c, None) }
        if _shared451 is not None:
            pos = _shared_end452
            a = _shared451
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
        _shared453 = lambda_param_rule() if _t == 1 else None
        _shared_end454 = pos
        pos = _start
        # a=lambda_param c=default? ',' { name_default_pair(p, a, c, None) }
        if _shared453 is not None:
            pos = _shared_end454
            a = _shared453
            c = default_rule() if tok_type[pos] == 22 else None
            if tok_type[pos] == 12:
                pos += 1
                return name_default_pair(p, a, c, None)
        pos = _start
        # a=lambda_param c=default? &':' { name_default_pair(p, a, c, None) }
        if _shared453 is not None:
            pos = _shared_end454
            a = _shared453
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
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                return arg(a.id, None, None, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # fstring_middle: fstring_replacement_field | t=FSTRING_MIDDLE { constant_from_token(p, t) }
    def fstring_middle_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # fstring_replacement_field
        if _t == 25:
            if tok_type[pos] == 25 and (_v455 := fstring_replacement_field_rule()) is not None:
                return _v455
            pos = _start
        # t=FSTRING_MIDDLE { constant_from_token(p, t) }
        if _t == 62:
            if tok_type[pos] == 62:
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
            if tok_type[pos] == 25:
                lbrace = pos
                pos += 1
                if (tok_type[pos] == 132 and (a := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := star_expressions_rule()) is not None):
                    if tok_type[pos] == 22:
                        debug_expr = pos
                        pos += 1
                    else:
                        debug_expr = None
                    conversion = None
                    _mark457 = pos
                    _matched458 = False
                    if tok_type[pos] == 54:
                        if tok_type[pos] == 54 and (_v456 := fstring_conversion_rule()) is not None:
                            conversion = _v456
                            _matched458 = True
                    if not _matched458:
                        pos = _mark457
                    format = None
                    _mark460 = pos
                    _matched461 = False
                    if tok_type[pos] == 11:
                        if tok_type[pos] == 11 and (_v459 := fstring_full_format_spec_rule()) is not None:
                            format = _v459
                            _matched461 = True
                    if not _matched461:
                        pos = _mark460
                    if tok_type[pos] == 26:
                        rbrace = pos
                        pos += 1
                        return formatted_value(p, a, lbrace, debug_expr, conversion, format, rbrace, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # invalid_replacement_field
        if call_invalid_rules and _t == 25:
            if tok_type[pos] == 25 and (_v462 := invalid_replacement_field_rule()) is not None:
                return _v462
            pos = _start
        return None

    # fstring_conversion: conv_token='!' conv=NAME { check_fstring_conversion(p, conv_token, conv) }
    def fstring_conversion_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # conv_token='!' conv=NAME { check_fstring_conversion(p, conv_token, conv) }
        if _t == 54:
            if tok_type[pos] == 54:
                conv_token = pos
                pos += 1
                if tok_type[pos] == 1:
                    conv = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
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
            if tok_type[pos] == 11:
                colon = pos
                pos += 1
                spec = []
                while True:
                    _mark464 = pos
                    if tok_type[pos] in {25, 62} and (_element463 := fstring_format_spec_rule()) is not None:
                        spec.append(_element463)
                        continue
                    pos = _mark464
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
            if tok_type[pos] == 62:
                t = pos
                pos += 1
                return decoded_constant_from_token(p, t)
            pos = _start
        # fstring_replacement_field
        if _t == 25:
            if tok_type[pos] == 25 and (_v465 := fstring_replacement_field_rule()) is not None:
                return _v465
            pos = _start
        return None

    # fstring: a=FSTRING_START b=fstring_middle* c=FSTRING_END { joined_str(p, a, b, c) }
    def fstring_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=FSTRING_START b=fstring_middle* c=FSTRING_END { joined_str(p, a, b, c) }
        if _t == 61:
            if tok_type[pos] == 61:
                a = pos
                pos += 1
                b = []
                while True:
                    _mark467 = pos
                    if tok_type[pos] in {25, 62} and (_element466 := fstring_middle_rule()) is not None:
                        b.append(_element466)
                        continue
                    pos = _mark467
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
            if tok_type[pos] == 3:
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
                _mark469 = pos
                if (tok_type[pos] == 61 and (_element468 := fstring_rule()) is not None) or (tok_type[pos] == 3 and (_element468 := string_rule()) is not None):
                    a.append(_element468)
                    continue
                pos = _mark469
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
            if tok_type[pos] == 9:
                pos += 1
                a = None
                _mark471 = pos
                _matched472 = False
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v470 := star_named_expressions_rule()) is not None:
                        a = _v470
                        _matched472 = True
                if not _matched472:
                    pos = _mark471
                if tok_type[pos] == 10:
                    pos += 1
                    return List(a or [], LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # tuple: '(' a=[y=star_named_expression ',' z=[star_named_expressions] { [y] + (z or []) }] ')' { Tuple(a or [], LOAD, EXTRA) }
    def tuple_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '(' a=[y=star_named_expression ',' z=[star_named_expressions] { [y] + (z or []) }] ')' { Tuple(a or [], LOAD, EXTRA) }
        if _t == 7:
            if tok_type[pos] == 7:
                pos += 1
                a = None
                _mark473 = pos
                _matched474 = False
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (y := star_named_expression_rule()) is not None:
                        if tok_type[pos] == 12:
                            pos += 1
                            z = None
                            _mark476 = pos
                            _matched477 = False
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v475 := star_named_expressions_rule()) is not None:
                                    z = _v475
                                    _matched477 = True
                            if not _matched477:
                                pos = _mark476
                            a = [y] + (z or [])
                            _matched474 = True
                if not _matched474:
                    pos = _mark473
                if tok_type[pos] == 8:
                    pos += 1
                    return Tuple(a or [], LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # set: '{' a=star_named_expressions '}' { Set(a, EXTRA) }
    def set_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '{' a=star_named_expressions '}' { Set(a, EXTRA) }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := star_named_expressions_rule()) is not None:
                    if tok_type[pos] == 26:
                        pos += 1
                        return Set(a, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # dict: '{' a=[double_starred_kvpairs] '}' { Dict([key for key, _ in a or ()], [value for _, value in a or ()], EXTRA) } | '{' invalid_double_starred_kvpairs '}'
    def dict_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '{' a=[double_starred_kvpairs] '}' { Dict([key for key, _ in a or ()], [value for _, value in a or ()], EXTRA) }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                a = None
                _mark479 = pos
                _matched480 = False
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v478 := double_starred_kvpairs_rule()) is not None:
                        a = _v478
                        _matched480 = True
                if not _matched480:
                    pos = _mark479
                if tok_type[pos] == 26:
                    pos += 1
                    return Dict([key for key, _ in a or ()], [value for _, value in a or ()], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # '{' invalid_double_starred_kvpairs '}'
        if call_invalid_rules and _t == 25:
            if tok_type[pos] == 25:
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element481 := double_starred_kvpair_rule()) is not None:
                a = [_element481]
                while True:
                    _mark482 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element483 := double_starred_kvpair_rule()) is not None:
                            a.append(_element483)
                            continue
                    pos = _mark482
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
            if tok_type[pos] == 35:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (a := bitwise_or_rule()) is not None:
                    return (None, a)
            pos = _start
        # kvpair
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v484 := kvpair_rule()) is not None:
                return _v484
            pos = _start
        return None

    # kvpair: a=expression ':' b=expression { (a, b) }
    def kvpair_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=expression ':' b=expression { (a, b) }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
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
                _mark486 = pos
                if tok_type[pos] in {57, 115} and (_element485 := for_if_clause_rule()) is not None:
                    a.append(_element485)
                    continue
                pos = _mark486
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
            if tok_type[pos] == 57:
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
                                    _mark488 = pos
                                    _mark489 = pos
                                    if tok_type[pos] == 118:
                                        if tok_type[pos] == 118:
                                            pos += 1
                                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (z := disjunction_rule()) is not None:
                                                _element487 = z
                                                c.append(_element487)
                                                continue
                                    pos = _mark489
                                    pos = _mark488
                                    break
                                return check_version(p, 6, "Async comprehensions are", comprehension(a, b, c, 1))
            pos = _start
            if _cut:
                return None
        # 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })* { comprehension(a, b, c, 0) }
        if _t == 115:
            if tok_type[pos] == 115:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (a := star_targets_rule()) is not None:
                    if tok_type[pos] == 120:
                        pos += 1
                        _cut = True
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (b := disjunction_rule()) is not None:
                            c = []
                            while True:
                                _mark491 = pos
                                _mark492 = pos
                                if tok_type[pos] == 118:
                                    if tok_type[pos] == 118:
                                        pos += 1
                                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (z := disjunction_rule()) is not None:
                                            _element490 = z
                                            c.append(_element490)
                                            continue
                                pos = _mark492
                                pos = _mark491
                                break
                            return comprehension(a, b, c, 0)
            pos = _start
            if _cut:
                return None
        # invalid_for_target
        if call_invalid_rules and _t in {57, 115}:
            if tok_type[pos] in {57, 115} and (_v493 := invalid_for_target_rule()) is not None:
                return _v493
            pos = _start
        return None

    # listcomp: '[' a=named_expression b=for_if_clauses ']' { ListComp(a, b, EXTRA) } | invalid_comprehension
    def listcomp_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '[' a=named_expression b=for_if_clauses ']' { ListComp(a, b, EXTRA) }
        if _t == 9:
            if tok_type[pos] == 9:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                    if tok_type[pos] in {57, 115} and (b := for_if_clauses_rule()) is not None:
                        if tok_type[pos] == 10:
                            pos += 1
                            return ListComp(a, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # invalid_comprehension
        if call_invalid_rules and _t in {7, 9, 25}:
            if tok_type[pos] in {7, 9, 25} and (_v494 := invalid_comprehension_rule()) is not None:
                return _v494
            pos = _start
        return None

    # setcomp: '{' a=named_expression b=for_if_clauses '}' { SetComp(a, b, EXTRA) } | invalid_comprehension
    def setcomp_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '{' a=named_expression b=for_if_clauses '}' { SetComp(a, b, EXTRA) }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := named_expression_rule()) is not None:
                    if tok_type[pos] in {57, 115} and (b := for_if_clauses_rule()) is not None:
                        if tok_type[pos] == 26:
                            pos += 1
                            return SetComp(a, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # invalid_comprehension
        if call_invalid_rules and _t in {7, 9, 25}:
            if tok_type[pos] in {7, 9, 25} and (_v495 := invalid_comprehension_rule()) is not None:
                return _v495
            pos = _start
        return None

    # genexp: '(' a=(assignment_expression | expression !':=') b=for_if_clauses ')' { GeneratorExp(a, b, EXTRA) } | invalid_comprehension
    def genexp_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '(' a=(assignment_expression | expression !':=') b=for_if_clauses ')' { GeneratorExp(a, b, EXTRA) }
        if _t == 7:
            if tok_type[pos] == 7:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := _group_3()) is not None:
                    if tok_type[pos] in {57, 115} and (b := for_if_clauses_rule()) is not None:
                        if tok_type[pos] == 8:
                            pos += 1
                            return GeneratorExp(a, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # invalid_comprehension
        if call_invalid_rules and _t in {7, 9, 25}:
            if tok_type[pos] in {7, 9, 25} and (_v496 := invalid_comprehension_rule()) is not None:
                return _v496
            pos = _start
        return None

    # dictcomp: '{' a=kvpair b=for_if_clauses '}' { DictComp(a[0], a[1], b, EXTRA) } | invalid_dict_comprehension
    def dictcomp_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '{' a=kvpair b=for_if_clauses '}' { DictComp(a[0], a[1], b, EXTRA) }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := kvpair_rule()) is not None:
                    if tok_type[pos] in {57, 115} and (b := for_if_clauses_rule()) is not None:
                        if tok_type[pos] == 26:
                            pos += 1
                            return DictComp(a[0], a[1], b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # invalid_dict_comprehension
        if call_invalid_rules and _t == 25:
            if tok_type[pos] == 25 and (_v497 := invalid_dict_comprehension_rule()) is not None:
                return _v497
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (a := args_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                if tok_type[pos] == 8:
                    arguments_memo[_start] = (a, pos)
                    return a
            pos = _start
        # invalid_arguments
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v498 := invalid_arguments_rule()) is not None:
                arguments_memo[_start] = (_v498, pos)
                return _v498
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element499 := _group_4()) is not None:
                a = [_element499]
                while True:
                    _mark500 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element501 := _group_5()) is not None:
                            a.append(_element501)
                            continue
                    pos = _mark500
                    break
                b = None
                _mark502 = pos
                _matched503 = False
                if tok_type[pos] == 12:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (k := kwargs_rule()) is not None:
                            b = k
                            _matched503 = True
                if not _matched503:
                    pos = _mark502
                return collect_call_seqs(a, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # a=kwargs { Call(dummy_name(), seq_extract_starred_exprs(a), seq_delete_starred_exprs(a), EXTRA) }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (a := kwargs_rule()) is not None:
                return Call(dummy_name(), seq_extract_starred_exprs(a), seq_delete_starred_exprs(a), lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # kwargs: a=','.kwarg_or_starred+ ',' b=','.kwarg_or_double_starred+ { a + b } | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
    def kwargs_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.kwarg_or_starred+ ',' b=','.kwarg_or_double_starred+ { a + b }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element504 := kwarg_or_starred_rule()) is not None:
                a = [_element504]
                while True:
                    _mark505 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element506 := kwarg_or_starred_rule()) is not None:
                            a.append(_element506)
                            continue
                    pos = _mark505
                    break
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element507 := kwarg_or_double_starred_rule()) is not None:
                        b = [_element507]
                        while True:
                            _mark508 = pos
                            if tok_type[pos] == 12:
                                pos += 1
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element509 := kwarg_or_double_starred_rule()) is not None:
                                    b.append(_element509)
                                    continue
                            pos = _mark508
                            break
                        return a + b
            pos = _start
        # ','.kwarg_or_starred+
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element511 := kwarg_or_starred_rule()) is not None:
                _v510 = [_element511]
                while True:
                    _mark512 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element513 := kwarg_or_starred_rule()) is not None:
                            _v510.append(_element513)
                            continue
                    pos = _mark512
                    break
                return _v510
            pos = _start
        # ','.kwarg_or_double_starred+
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element515 := kwarg_or_double_starred_rule()) is not None:
                _v514 = [_element515]
                while True:
                    _mark516 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element517 := kwarg_or_double_starred_rule()) is not None:
                            _v514.append(_element517)
                            continue
                    pos = _mark516
                    break
                return _v514
            pos = _start
        return None

    # starred_expression: invalid_starred_expression | '*' a=expression { Starred(a, LOAD, EXTRA) }
    def starred_expression_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_starred_expression
        if call_invalid_rules and _t == 16:
            if tok_type[pos] == 16 and (_v518 := invalid_starred_expression_rule()) is not None:
                return _v518
            pos = _start
        # '*' a=expression { Starred(a, LOAD, EXTRA) }
        if _t == 16:
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                    return Starred(a, LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # kwarg_or_starred: invalid_kwarg | a=NAME '=' b=expression { (keyword(a.id, b, EXTRA), True) } | a=starred_expression { (a, False) }
    def kwarg_or_starred_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # invalid_kwarg
        if call_invalid_rules and _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v519 := invalid_kwarg_rule()) is not None:
                return _v519
            pos = _start
        # a=NAME '=' b=expression { (keyword(a.id, b, EXTRA), True) }
        if _t == 1:
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                if tok_type[pos] == 22:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                        return (keyword(a.id, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), True)
            pos = _start
        # a=starred_expression { (a, False) }
        if _t == 16:
            if tok_type[pos] == 16 and (a := starred_expression_rule()) is not None:
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v520 := invalid_kwarg_rule()) is not None:
                return _v520
            pos = _start
        # a=NAME '=' b=expression { (keyword(a.id, b, EXTRA), True) }
        if _t == 1:
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                if tok_type[pos] == 22:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_rule()) is not None:
                        return (keyword(a.id, b, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), True)
            pos = _start
        # '**' a=expression { (keyword(None, a, EXTRA), True) }
        if _t == 35:
            if tok_type[pos] == 35:
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
        _shared521 = star_target_rule() if _t in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} else None
        _shared_end522 = pos
        pos = _start
        # a=star_target !',' { a }
        if _shared521 is not None:
            pos = _shared_end522
            a = _shared521
            if not (tok_type[pos] == 12):
                return a
        pos = _start
        # a=star_target b=(',' c=star_target { c })* [','] { Tuple([a] + b, STORE, EXTRA) }
        if _shared521 is not None:
            pos = _shared_end522
            a = _shared521
            b = []
            while True:
                _mark524 = pos
                _mark525 = pos
                if tok_type[pos] == 12:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (c := star_target_rule()) is not None:
                            _element523 = c
                            b.append(_element523)
                            continue
                pos = _mark525
                pos = _mark524
                break
            if tok_type[pos] == 12:
                pos += 1
            return Tuple([a] + b, STORE, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        return None

    # star_targets_list_seq: a=','.star_target+ [','] { a }
    def star_targets_list_seq_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.star_target+ [','] { a }
        if _t in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_element526 := star_target_rule()) is not None:
                a = [_element526]
                while True:
                    _mark527 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_element528 := star_target_rule()) is not None:
                            a.append(_element528)
                            continue
                    pos = _mark527
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
        _shared529 = star_target_rule() if _t in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} else None
        _shared_end530 = pos
        pos = _start
        # a=star_target b=(',' c=star_target { c })+ [','] { [a] + b }
        if _shared529 is not None:
            pos = _shared_end530
            a = _shared529
            b = []
            while True:
                _mark532 = pos
                _mark533 = pos
                if tok_type[pos] == 12:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (c := star_target_rule()) is not None:
                            _element531 = c
                            b.append(_element531)
                            continue
                pos = _mark533
                pos = _mark532
                break
            if b:
                if tok_type[pos] == 12:
                    pos += 1
                return [a] + b
        pos = _start
        # a=star_target ',' { [a] }
        if _shared529 is not None:
            pos = _shared_end530
            a = _shared529
            if tok_type[pos] == 12:
                pos += 1
                return [a]
        pos = _start
        return None

    # star_target: '*' a=(!'*' star_target) { Starred(set_expr_context(a, STORE), STORE, EXTRA) } | target_with_star_atom
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
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (a := _group_6()) is not None:
                    star_target_memo[_start] = (Starred(set_expr_context(a, STORE), STORE, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                    return Starred(set_expr_context(a, STORE), STORE, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # target_with_star_atom
        if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (_v534 := target_with_star_atom_rule()) is not None:
                star_target_memo[_start] = (_v534, pos)
                return _v534
            pos = _start
        star_target_memo[_start] = (None, _start)
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
        _shared535 = t_primary_rule() if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} else None
        _shared_end536 = pos
        pos = _start
        # a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b.id, STORE, EXTRA) }
        if _shared535 is not None:
            pos = _shared_end536
            a = _shared535
            if tok_type[pos] == 23:
                pos += 1
                if tok_type[pos] == 1:
                    b = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                    pos += 1
                    _mark537 = pos
                    _found = tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None
                    pos = _mark537
                    if not _found:
                        target_with_star_atom_memo[_start] = (Attribute(a, b.id, STORE, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                        return Attribute(a, b.id, STORE, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, STORE, EXTRA) }
        if _shared535 is not None:
            pos = _shared_end536
            a = _shared535
            if tok_type[pos] == 9:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := slices_rule()) is not None:
                    if tok_type[pos] == 10:
                        pos += 1
                        _mark538 = pos
                        _found = tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None
                        pos = _mark538
                        if not _found:
                            target_with_star_atom_memo[_start] = (Subscript(a, b, STORE, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                            return Subscript(a, b, STORE, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # star_atom
        if _t in {1, 7, 9}:
            if tok_type[pos] in {1, 7, 9} and (_v539 := star_atom_rule()) is not None:
                target_with_star_atom_memo[_start] = (_v539, pos)
                return _v539
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
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                return set_expr_context(a, STORE)
            pos = _start
        # '(' a=target_with_star_atom ')' { set_expr_context(a, STORE) }
        if _t == 7:
            if tok_type[pos] == 7:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (a := target_with_star_atom_rule()) is not None:
                    if tok_type[pos] == 8:
                        pos += 1
                        return set_expr_context(a, STORE)
            pos = _start
        # '(' a=[star_targets_tuple_seq] ')' { Tuple(a or [], STORE, EXTRA) }
        if _t == 7:
            if tok_type[pos] == 7:
                pos += 1
                a = None
                _mark541 = pos
                _matched542 = False
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_v540 := star_targets_tuple_seq_rule()) is not None:
                        a = _v540
                        _matched542 = True
                if not _matched542:
                    pos = _mark541
                if tok_type[pos] == 8:
                    pos += 1
                    return Tuple(a or [], STORE, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # '[' a=[star_targets_list_seq] ']' { List(a or [], STORE, EXTRA) }
        if _t == 9:
            if tok_type[pos] == 9:
                pos += 1
                a = None
                _mark544 = pos
                _matched545 = False
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_v543 := star_targets_list_seq_rule()) is not None:
                        a = _v543
                        _matched545 = True
                if not _matched545:
                    pos = _mark544
                if tok_type[pos] == 10:
                    pos += 1
                    return List(a or [], STORE, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # single_target: single_subscript_attribute_target | a=NAME { set_expr_context(a, STORE) } | '(' a=single_target ')' { a }
    def single_target_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # single_subscript_attribute_target
        if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (_v546 := single_subscript_attribute_target_rule()) is not None:
                return _v546
            pos = _start
        # a=NAME { set_expr_context(a, STORE) }
        if _t == 1:
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                return set_expr_context(a, STORE)
            pos = _start
        # '(' a=single_target ')' { a }
        if _t == 7:
            if tok_type[pos] == 7:
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
                    b = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                    pos += 1
                    _mark549 = pos
                    _found = tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None
                    pos = _mark549
                    if not _found:
                        return Attribute(a, b.id, STORE, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
                            return Subscript(a, b, STORE, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
                if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (a := atom_rule()) is not None:
                    _mark551 = pos
                    if tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None:
                        pos = _mark551
                        _left = a
                        break
                pos = _start
            break
        if _left is None:
            pos = _start
            t_primary_memo[_start] = (None, pos)
            return None
        while True:  # grow: t_primary <tail> while a tail follows
            _mark = pos
            # a=t_primary '.' b=NAME &t_lookahead { Attribute(a, b.id, LOAD, EXTRA) }
            if tok_type[pos] == 23:
                a = _left
                if tok_type[pos] == 23:
                    pos += 1
                    if tok_type[pos] == 1:
                        b = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                        pos += 1
                        _mark552 = pos
                        if tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None:
                            pos = _mark552
                            _left = Attribute(a, b.id, LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                            continue
                pos = _mark
            # a=t_primary '[' b=slices ']' &t_lookahead { Subscript(a, b, LOAD, EXTRA) }
            if tok_type[pos] == 9:
                a = _left
                if tok_type[pos] == 9:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := slices_rule()) is not None:
                        if tok_type[pos] == 10:
                            pos += 1
                            _mark553 = pos
                            if tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None:
                                pos = _mark553
                                _left = Subscript(a, b, LOAD, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                                continue
                pos = _mark
            # a=t_primary b=genexp &t_lookahead { Call(a, [b], [], EXTRA) }
            if tok_type[pos] in {7, 9, 25}:
                a = _left
                if tok_type[pos] in {7, 9, 25} and (b := genexp_rule()) is not None:
                    _mark554 = pos
                    if tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None:
                        pos = _mark554
                        _left = Call(a, [b], [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
                        continue
                pos = _mark
            # a=t_primary '(' b=[arguments] ')' &t_lookahead { Call(a, b.args if b is not None else [], b.keywords if b is not None else [], EXTRA) }
            if tok_type[pos] == 7:
                a = _left
                if tok_type[pos] == 7:
                    pos += 1
                    b = None
                    _mark556 = pos
                    _matched557 = False
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v555 := arguments_rule()) is not None:
                            b = _v555
                            _matched557 = True
                    if not _matched557:
                        pos = _mark556
                    if tok_type[pos] == 8:
                        pos += 1
                        _mark558 = pos
                        if tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None:
                            pos = _mark558
                            _left = Call(a, b.args if b is not None else [], b.keywords if b is not None else [], lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
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
            if tok_type[pos] == 7:
                _v559 = pos
                pos += 1
                return _v559
            pos = _start
        # '['
        if _t == 9:
            if tok_type[pos] == 9:
                _v560 = pos
                pos += 1
                return _v560
            pos = _start
        # '.'
        if _t == 23:
            if tok_type[pos] == 23:
                _v561 = pos
                pos += 1
                return _v561
            pos = _start
        return None

    # del_targets: a=','.del_target+ [','] { a }
    def del_targets_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.del_target+ [','] { a }
        if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (_element562 := del_target_rule()) is not None:
                a = [_element562]
                while True:
                    _mark563 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (_element564 := del_target_rule()) is not None:
                            a.append(_element564)
                            continue
                    pos = _mark563
                    break
                if tok_type[pos] == 12:
                    pos += 1
                return a
            pos = _start
        return None

    # del_target: a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b.id, DEL, EXTRA) } | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, DEL, EXTRA) } | del_t_atom
    def del_target_rule():
        nonlocal pos
        _start = pos
        _hit = del_target_memo.get(_start)
        if _hit is not None:
            pos = _hit[1]
            return _hit[0]
        _t = tok_type[pos]
        # the next 2 alternatives begin with t_primary: parse it once
        _shared565 = t_primary_rule() if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} else None
        _shared_end566 = pos
        pos = _start
        # a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b.id, DEL, EXTRA) }
        if _shared565 is not None:
            pos = _shared_end566
            a = _shared565
            if tok_type[pos] == 23:
                pos += 1
                if tok_type[pos] == 1:
                    b = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                    pos += 1
                    _mark567 = pos
                    _found = tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None
                    pos = _mark567
                    if not _found:
                        del_target_memo[_start] = (Attribute(a, b.id, DEL, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                        return Attribute(a, b.id, DEL, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, DEL, EXTRA) }
        if _shared565 is not None:
            pos = _shared_end566
            a = _shared565
            if tok_type[pos] == 9:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 11, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := slices_rule()) is not None:
                    if tok_type[pos] == 10:
                        pos += 1
                        _mark568 = pos
                        _found = tok_type[pos] in {7, 9, 23} and t_lookahead_rule() is not None
                        pos = _mark568
                        if not _found:
                            del_target_memo[_start] = (Subscript(a, b, DEL, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]), pos)
                            return Subscript(a, b, DEL, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # del_t_atom
        if _t in {1, 7, 9}:
            if tok_type[pos] in {1, 7, 9} and (_v569 := del_t_atom_rule()) is not None:
                del_target_memo[_start] = (_v569, pos)
                return _v569
            pos = _start
        del_target_memo[_start] = (None, _start)
        return None

    # del_t_atom: a=NAME { set_expr_context(a, DEL) } | '(' a=del_target ')' { set_expr_context(a, DEL) } | '(' a=[del_targets] ')' { Tuple(a or [], DEL, EXTRA) } | '[' a=[del_targets] ']' { List(a or [], DEL, EXTRA) }
    def del_t_atom_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=NAME { set_expr_context(a, DEL) }
        if _t == 1:
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                return set_expr_context(a, DEL)
            pos = _start
        # '(' a=del_target ')' { set_expr_context(a, DEL) }
        if _t == 7:
            if tok_type[pos] == 7:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (a := del_target_rule()) is not None:
                    if tok_type[pos] == 8:
                        pos += 1
                        return set_expr_context(a, DEL)
            pos = _start
        # '(' a=[del_targets] ')' { Tuple(a or [], DEL, EXTRA) }
        if _t == 7:
            if tok_type[pos] == 7:
                pos += 1
                a = None
                _mark571 = pos
                _matched572 = False
                if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (_v570 := del_targets_rule()) is not None:
                        a = _v570
                        _matched572 = True
                if not _matched572:
                    pos = _mark571
                if tok_type[pos] == 8:
                    pos += 1
                    return Tuple(a or [], DEL, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        # '[' a=[del_targets] ']' { List(a or [], DEL, EXTRA) }
        if _t == 9:
            if tok_type[pos] == 9:
                pos += 1
                a = None
                _mark574 = pos
                _matched575 = False
                if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (_v573 := del_targets_rule()) is not None:
                        a = _v573
                        _matched575 = True
                if not _matched575:
                    pos = _mark574
                if tok_type[pos] == 10:
                    pos += 1
                    return List(a or [], DEL, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
            pos = _start
        return None

    # type_expressions: a=','.expression+ ',' '*' b=expression ',' '**' c=expression { a + [b, c] } | a=','.expression+ ',' '*' b=expression { a + [b] } | a=','.expression+ ',' '**' b=expression { a + [b] } | '*' a=expression ',' '**' b=expression { [a, b] } | '*' a=expression { [a] } | '**' a=expression { [a] } | a=','.expression+ { a }
    def type_expressions_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=','.expression+ ',' '*' b=expression ',' '**' c=expression { a + [b, c] }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element576 := expression_rule()) is not None:
                a = [_element576]
                while True:
                    _mark577 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element578 := expression_rule()) is not None:
                            a.append(_element578)
                            continue
                    pos = _mark577
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element579 := expression_rule()) is not None:
                a = [_element579]
                while True:
                    _mark580 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element581 := expression_rule()) is not None:
                            a.append(_element581)
                            continue
                    pos = _mark580
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element582 := expression_rule()) is not None:
                a = [_element582]
                while True:
                    _mark583 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element584 := expression_rule()) is not None:
                            a.append(_element584)
                            continue
                    pos = _mark583
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
            if tok_type[pos] == 16:
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
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                    return [a]
            pos = _start
        # '**' a=expression { [a] }
        if _t == 35:
            if tok_type[pos] == 35:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                    return [a]
            pos = _start
        # a=','.expression+ { a }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element585 := expression_rule()) is not None:
                a = [_element585]
                while True:
                    _mark586 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element587 := expression_rule()) is not None:
                            a.append(_element587)
                            continue
                    pos = _mark586
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
            if tok_type[pos] == 4:
                pos += 1
                if tok_type[pos] == 59:
                    t = pos
                    pos += 1
                    _mark588 = pos
                    if tok_type[pos] == 4 and _group_7() is not None:
                        pos = _mark588
                        return t
            pos = _start
        # invalid_double_type_comments
        if call_invalid_rules and _t == 59:
            if tok_type[pos] == 59 and (_v589 := invalid_double_type_comments_rule()) is not None:
                return _v589
            pos = _start
        # TYPE_COMMENT
        if _t == 59:
            if tok_type[pos] == 59:
                _v590 = pos
                pos += 1
                return _v590
            pos = _start
        return None

    # invalid_arguments: ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' b='*' { raise_known_location(p, b, "iterable argument unpacking follows keyword argument unpacking") } | a=expression b=for_if_clauses ',' [args | expression for_if_clauses] { raise_known_range(p, a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized") } | a=NAME b='=' expression for_if_clauses { raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") } | [args ','] a=NAME b='=' &(',' | ')') { raise_known_range(p, a, b, "expected argument value expression") } | a=args b=for_if_clauses { nonparen_genexp_in_call(p, a, b) } | args ',' a=expression b=for_if_clauses { raise_known_range(p, a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized") } | a=args ',' args { arguments_parsing_error(p, a) }
    def invalid_arguments_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' b='*' { raise_known_location(p, b, "iterable argument unpacking follows keyword argument unpacking") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := _group_8()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] == 16:
                        b = pos
                        pos += 1
                        return raise_known_location(p, b, "iterable argument unpacking follows keyword argument unpacking")
            pos = _start
        # a=expression b=for_if_clauses ',' [args | expression for_if_clauses] { raise_known_range(p, a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                if tok_type[pos] in {57, 115} and (b := for_if_clauses_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                        _ = _group_9() if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} else None
                        return raise_known_range(p, a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized")
            pos = _start
        # a=NAME b='=' expression for_if_clauses { raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") }
        if _t == 1:
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
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
            _mark591 = pos
            _matched592 = False
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := args_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                        _ = True
                        _matched592 = True
            if not _matched592:
                pos = _mark591
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                if tok_type[pos] == 22:
                    b = pos
                    pos += 1
                    if tok_type[pos] in {8, 12}:
                        return raise_known_range(p, a, b, "expected argument value expression")
            pos = _start
        # the next 3 alternatives begin with args: parse it once
        _shared593 = args_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} else None
        _shared_end594 = pos
        pos = _start
        # a=args b=for_if_clauses { nonparen_genexp_in_call(p, a, b) }
        if _shared593 is not None:
            pos = _shared_end594
            a = _shared593
            if tok_type[pos] in {57, 115} and (b := for_if_clauses_rule()) is not None:
                return nonparen_genexp_in_call(p, a, b)
        pos = _start
        # args ',' a=expression b=for_if_clauses { raise_known_range(p, a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized") }
        if _shared593 is not None:
            pos = _shared_end594
            if tok_type[pos] == 12:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                    if tok_type[pos] in {57, 115} and (b := for_if_clauses_rule()) is not None:
                        return raise_known_range(p, a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized")
        pos = _start
        # a=args ',' args { arguments_parsing_error(p, a) }
        if _shared593 is not None:
            pos = _shared_end594
            a = _shared593
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
            if tok_type[pos] in {100, 101, 102}:
                a = pos
                pos += 1
                if tok_type[pos] == 22:
                    b = pos
                    pos += 1
                    return raise_known_range(p, a, b, f"cannot assign to {p.tok_string[a]}")
            pos = _start
        # a=NAME b='=' expression for_if_clauses { raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") }
        if _t == 1:
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
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
            _mark595 = pos
            _found = tok_type[pos] == 1 and _group_10() is not None
            pos = _mark595
            if not _found:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                    if tok_type[pos] == 22:
                        b = pos
                        pos += 1
                        return raise_known_range(p, a, b, 'expression cannot contain assignment, perhaps you meant "=="?')
            pos = _start
        # a='**' expression '=' b=expression { raise_known_range(p, a, b, "cannot assign to keyword argument unpacking") }
        if _t == 35:
            if tok_type[pos] == 35:
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
        # the next 2 alternatives begin with disjunction: parse it once
        _shared596 = disjunction_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} else None
        _shared_end597 = pos
        pos = _start
        # a=disjunction 'if' b=disjunction 'else' c=expression { IfExp(b, a, c, EXTRA) }
        if _shared596 is not None:
            pos = _shared_end597
            a = _shared596
            if tok_type[pos] == 118:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (b := disjunction_rule()) is not None:
                    if tok_type[pos] == 112:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (c := expression_rule()) is not None:
                            return IfExp(b, a, c, lineno=tok_lineno[_start], col_offset=tok_col[_start], end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos])
        pos = _start
        # disjunction
        if _shared596 is not None:
            pos = _shared_end597
            _v598 = _shared596
            return _v598
        pos = _start
        # lambdef
        if _t == 122:
            if tok_type[pos] == 122 and (_v599 := lambdef_rule()) is not None:
                return _v599
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
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
                pos += 1
                if not (tok_type[pos] == 7):
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := star_expressions_rule()) is not None:
                        return raise_known_range(p, a, b, f"Missing parentheses in call to '{a.id}'. Did you mean {a.id}(...)?") if check_legacy_stmt(p, a) else None
            pos = _start
        return None

    # invalid_expression: !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid { None if check_legacy_stmt(p, a) or p.tok_level[pos - 1] == 0 else raise_known_range(p, a, b, "invalid syntax. Perhaps you forgot a comma?") } | a=disjunction 'if' b=disjunction !('else' | ':') { raise_known_range(p, a, b, "expected 'else' after 'if' expression") } | a='lambda' [lambda_params] b=':' &(FSTRING_MIDDLE | fstring_replacement_field) { raise_known_range(p, a, b, "f-string: lambda expressions are not allowed without parentheses") }
    def invalid_expression_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid { None if check_legacy_stmt(p, a) or p.tok_level[pos - 1] == 0 else raise_known_range(p, a, b, "invalid syntax. Perhaps you forgot a comma?") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124}:
            _mark600 = pos
            _found = tok_type[pos] == 1 and _group_11() is not None
            pos = _mark600
            if not _found:
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (a := disjunction_rule()) is not None:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (b := expression_without_invalid_rule()) is not None:
                        return None if check_legacy_stmt(p, a) or p.tok_level[pos - 1] == 0 else raise_known_range(p, a, b, "invalid syntax. Perhaps you forgot a comma?")
            pos = _start
        # a=disjunction 'if' b=disjunction !('else' | ':') { raise_known_range(p, a, b, "expected 'else' after 'if' expression") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (a := disjunction_rule()) is not None:
                if tok_type[pos] == 118:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 124} and (b := disjunction_rule()) is not None:
                        if not (tok_type[pos] in {11, 112}):
                            return raise_known_range(p, a, b, "expected 'else' after 'if' expression")
            pos = _start
        # a='lambda' [lambda_params] b=':' &(FSTRING_MIDDLE | fstring_replacement_field) { raise_known_range(p, a, b, "f-string: lambda expressions are not allowed without parentheses") }
        if _t == 122:
            if tok_type[pos] == 122:
                a = pos
                pos += 1
                _ = None
                _mark602 = pos
                _matched603 = False
                if tok_type[pos] in {1, 7, 16, 17, 35}:
                    if tok_type[pos] in {1, 7, 16, 17, 35} and (_v601 := lambda_params_rule()) is not None:
                        _ = _v601
                        _matched603 = True
                if not _matched603:
                    pos = _mark602
                if tok_type[pos] == 11:
                    b = pos
                    pos += 1
                    _mark604 = pos
                    if tok_type[pos] in {25, 62} and _group_12() is not None:
                        pos = _mark604
                        return raise_known_range(p, a, b, "f-string: lambda expressions are not allowed without parentheses")
            pos = _start
        return None

    # invalid_named_expression: a=expression ':=' expression { raise_known_location(p, a, f"cannot use assignment expressions with {get_expr_name(a)}") } | a=NAME '=' b=bitwise_or !('=' | ':=') { raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") } | !(list | tuple | genexp | 'True' | 'None' | 'False') a=bitwise_or b='=' bitwise_or !('=' | ':=') { raise_known_location(p, a, f"cannot assign to {get_expr_name(a)} here. Maybe you meant '==' instead of '='?") }
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                if tok_type[pos] == 53:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                        invalid_named_expression_memo[_start] = (raise_known_location(p, a, f"cannot use assignment expressions with {get_expr_name(a)}"), pos)
                        return raise_known_location(p, a, f"cannot use assignment expressions with {get_expr_name(a)}")
            pos = _start
        # a=NAME '=' b=bitwise_or !('=' | ':=') { raise_known_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") }
        if _t == 1:
            if tok_type[pos] == 1:
                a = Name(tok_id[pos], LOAD, lineno=tok_lineno[pos], col_offset=tok_col[pos], end_lineno=tok_end_lineno[pos], end_col_offset=tok_end_col[pos])
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
            _mark605 = pos
            _found = tok_type[pos] in {7, 9, 25, 100, 101, 102} and _group_13() is not None
            pos = _mark605
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

    # invalid_assignment: a=invalid_ann_assign_target ':' expression { raise_known_location(p, a, f"only single target (not {get_expr_name(a)}) can be annotated") } | a=star_named_expression ',' star_named_expressions* ':' expression { raise_known_location(p, a, "only single target (not tuple) can be annotated") } | a=expression ':' expression { raise_known_location(p, a, "illegal target for annotation") } | (star_targets '=')* a=star_expressions '=' { raise_invalid_target(p, STAR_TARGETS, a) } | (star_targets '=')* a=yield_expr '=' { raise_known_location(p, a, "assignment to yield expression not possible") } | a=star_expressions augassign (yield_expr | star_expressions) { raise_known_location(p, a, f"'{get_expr_name(a)}' is an illegal expression for augmented assignment") }
    def invalid_assignment_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a=invalid_ann_assign_target ':' expression { raise_known_location(p, a, f"only single target (not {get_expr_name(a)}) can be annotated") }
        if call_invalid_rules and _t in {7, 9}:
            if tok_type[pos] in {7, 9} and (a := invalid_ann_assign_target_rule()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                        return raise_known_location(p, a, f"only single target (not {get_expr_name(a)}) can be annotated")
            pos = _start
        # a=star_named_expression ',' star_named_expressions* ':' expression { raise_known_location(p, a, "only single target (not tuple) can be annotated") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := star_named_expression_rule()) is not None:
                if tok_type[pos] == 12:
                    pos += 1
                    _items606 = []
                    while True:
                        _mark608 = pos
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element607 := star_named_expressions_rule()) is not None:
                            _items606.append(_element607)
                            continue
                        pos = _mark608
                        break
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                            return raise_known_location(p, a, "only single target (not tuple) can be annotated")
            pos = _start
        # a=expression ':' expression { raise_known_location(p, a, "illegal target for annotation") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                        return raise_known_location(p, a, "illegal target for annotation")
            pos = _start
        # (star_targets '=')* a=star_expressions '=' { raise_invalid_target(p, STAR_TARGETS, a) }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            _items609 = []
            while True:
                _mark611 = pos
                _mark612 = pos
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_targets_rule()) is not None:
                        if tok_type[pos] == 22:
                            pos += 1
                            _element610 = True
                            _items609.append(_element610)
                            continue
                pos = _mark612
                pos = _mark611
                break
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := star_expressions_rule()) is not None:
                if tok_type[pos] == 22:
                    pos += 1
                    return raise_invalid_target(p, STAR_TARGETS, a)
            pos = _start
        # (star_targets '=')* a=yield_expr '=' { raise_known_location(p, a, "assignment to yield expression not possible") }
        if _t in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102, 132}:
            _items613 = []
            while True:
                _mark615 = pos
                _mark616 = pos
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_targets_rule()) is not None:
                        if tok_type[pos] == 22:
                            pos += 1
                            _element614 = True
                            _items613.append(_element614)
                            continue
                pos = _mark616
                pos = _mark615
                break
            if tok_type[pos] == 132 and (a := yield_expr_rule()) is not None:
                if tok_type[pos] == 22:
                    pos += 1
                    return raise_known_location(p, a, "assignment to yield expression not possible")
            pos = _start
        # a=star_expressions augassign (yield_expr | star_expressions) { raise_known_location(p, a, f"'{get_expr_name(a)}' is an illegal expression for augmented assignment") }
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := star_expressions_rule()) is not None:
                if tok_type[pos] in {36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 48, 50} and (_ := augassign_rule()) is not None:
                    if (tok_type[pos] == 132 and (_v617 := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v617 := star_expressions_rule()) is not None):
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
            if tok_type[pos] == 9 and (_v618 := list_rule()) is not None:
                return _v618
            pos = _start
        # tuple
        if _t == 7:
            if tok_type[pos] == 7 and (_v619 := tuple_rule()) is not None:
                return _v619
            pos = _start
        # '(' a=invalid_ann_assign_target ')' { a }
        if call_invalid_rules and _t == 7:
            if tok_type[pos] == 7:
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
            if tok_type[pos] == 110:
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
            if tok_type[pos] == 4:
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
            if tok_type[pos] in {7, 9, 25}:
                pos += 1
                if tok_type[pos] == 16 and (a := starred_expression_rule()) is not None:
                    if tok_type[pos] in {57, 115} and (_ := for_if_clauses_rule()) is not None:
                        return raise_known_location(p, a, "iterable unpacking cannot be used in comprehension")
            pos = _start
        # ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses { raise_known_range(p, a, b[-1], "did you forget parentheses around the comprehension target?") }
        if _t in {9, 25}:
            if tok_type[pos] in {9, 25}:
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
            if tok_type[pos] in {9, 25}:
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
            if tok_type[pos] == 25:
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

    # invalid_parameters: param_no_default* invalid_parameters_helper a=param_no_default { raise_known_location(p, a, "non-default argument follows default argument") } | param_no_default* a='(' param_no_default+ ','? b=')' { raise_known_range(p, a, b, "Function parameters cannot be parenthesized") } | a='/' ',' { raise_known_location(p, a, "at least one argument must precede /") } | (slash_no_default | slash_with_default) param_maybe_default* a='/' { raise_known_location(p, a, "/ may appear only once") } | [slash_no_default | slash_with_default] param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/' { raise_known_location(p, a, "/ must be ahead of *") } | param_maybe_default+ '/' a='*' { raise_known_location(p, a, "expected comma between / and *") }
    def invalid_parameters_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # param_no_default* invalid_parameters_helper a=param_no_default { raise_known_location(p, a, "non-default argument follows default argument") }
        if call_invalid_rules and _t == 1:
            _items620 = []
            while True:
                _mark622 = pos
                if tok_type[pos] == 1 and (_element621 := param_no_default_rule()) is not None:
                    _items620.append(_element621)
                    continue
                pos = _mark622
                break
            if tok_type[pos] == 1 and (_ := invalid_parameters_helper_rule()) is not None:
                if tok_type[pos] == 1 and (a := param_no_default_rule()) is not None:
                    return raise_known_location(p, a, "non-default argument follows default argument")
            pos = _start
        # param_no_default* a='(' param_no_default+ ','? b=')' { raise_known_range(p, a, b, "Function parameters cannot be parenthesized") }
        if _t in {1, 7}:
            _items623 = []
            while True:
                _mark625 = pos
                if tok_type[pos] == 1 and (_element624 := param_no_default_rule()) is not None:
                    _items623.append(_element624)
                    continue
                pos = _mark625
                break
            if tok_type[pos] == 7:
                a = pos
                pos += 1
                _items626 = []
                while True:
                    _mark628 = pos
                    if tok_type[pos] == 1 and (_element627 := param_no_default_rule()) is not None:
                        _items626.append(_element627)
                        continue
                    pos = _mark628
                    break
                if _items626:
                    if tok_type[pos] == 12:
                        pos += 1
                    if tok_type[pos] == 8:
                        b = pos
                        pos += 1
                        return raise_known_range(p, a, b, "Function parameters cannot be parenthesized")
            pos = _start
        # a='/' ',' { raise_known_location(p, a, "at least one argument must precede /") }
        if _t == 17:
            if tok_type[pos] == 17:
                a = pos
                pos += 1
                if tok_type[pos] == 12:
                    pos += 1
                    return raise_known_location(p, a, "at least one argument must precede /")
            pos = _start
        # (slash_no_default | slash_with_default) param_maybe_default* a='/' { raise_known_location(p, a, "/ may appear only once") }
        if _t == 1:
            if (tok_type[pos] == 1 and (_v629 := slash_no_default_rule()) is not None) or (tok_type[pos] == 1 and (_v629 := slash_with_default_rule()) is not None):
                _items630 = []
                while True:
                    _mark632 = pos
                    if tok_type[pos] == 1 and (_element631 := param_maybe_default_rule()) is not None:
                        _items630.append(_element631)
                        continue
                    pos = _mark632
                    break
                if tok_type[pos] == 17:
                    a = pos
                    pos += 1
                    return raise_known_location(p, a, "/ may appear only once")
            pos = _start
        # [slash_no_default | slash_with_default] param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/' { raise_known_location(p, a, "/ must be ahead of *") }
        if _t in {1, 16}:
            _mark633 = pos
            if not ((tok_type[pos] == 1 and (_ := slash_no_default_rule()) is not None) or (tok_type[pos] == 1 and (_ := slash_with_default_rule()) is not None)):
                _ = None
                pos = _mark633
            _items634 = []
            while True:
                _mark636 = pos
                if tok_type[pos] == 1 and (_element635 := param_maybe_default_rule()) is not None:
                    _items634.append(_element635)
                    continue
                pos = _mark636
                break
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {1, 12} and (_ := _group_14()) is not None:
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
                        return raise_known_location(p, a, "/ must be ahead of *")
            pos = _start
        # param_maybe_default+ '/' a='*' { raise_known_location(p, a, "expected comma between / and *") }
        if _t == 1:
            _items640 = []
            while True:
                _mark642 = pos
                if tok_type[pos] == 1 and (_element641 := param_maybe_default_rule()) is not None:
                    _items640.append(_element641)
                    continue
                pos = _mark642
                break
            if _items640:
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
            if tok_type[pos] == 22:
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
            if tok_type[pos] == 16:
                a = pos
                pos += 1
                if tok_type[pos] in {8, 12} and (_ := _group_15()) is not None:
                    return raise_known_location(p, a, "named arguments must follow bare *")
            pos = _start
        # '*' ',' TYPE_COMMENT { raise_syntax_error(p, "bare * has associated type comment") }
        if _t == 16:
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] == 59:
                        pos += 1
                        return raise_syntax_error(p, "bare * has associated type comment")
            pos = _start
        # '*' param a='=' { raise_known_location(p, a, "var-positional argument cannot have default value") }
        if _t == 16:
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] == 1 and (_ := param_rule()) is not None:
                    if tok_type[pos] == 22:
                        a = pos
                        pos += 1
                        return raise_known_location(p, a, "var-positional argument cannot have default value")
            pos = _start
        # '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',') { raise_known_location(p, a, "* argument may appear only once") }
        if _t == 16:
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {1, 12} and (_ := _group_16()) is not None:
                    _items643 = []
                    while True:
                        _mark645 = pos
                        if tok_type[pos] == 1 and (_element644 := param_maybe_default_rule()) is not None:
                            _items643.append(_element644)
                            continue
                        pos = _mark645
                        break
                    if tok_type[pos] == 16:
                        a = pos
                        pos += 1
                        if tok_type[pos] in {1, 12} and (_ := _group_17()) is not None:
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
            if tok_type[pos] == 35:
                pos += 1
                if tok_type[pos] == 1 and (_ := param_rule()) is not None:
                    if tok_type[pos] == 22:
                        a = pos
                        pos += 1
                        return raise_known_location(p, a, "var-keyword argument cannot have default value")
            pos = _start
        # '**' param ',' a=param { raise_known_location(p, a, "arguments cannot follow var-keyword argument") }
        if _t == 35:
            if tok_type[pos] == 35:
                pos += 1
                if tok_type[pos] == 1 and (_ := param_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] == 1 and (a := param_rule()) is not None:
                            return raise_known_location(p, a, "arguments cannot follow var-keyword argument")
            pos = _start
        # '**' param ',' a=('*' | '**' | '/') { raise_known_location(p, a, "arguments cannot follow var-keyword argument") }
        if _t == 35:
            if tok_type[pos] == 35:
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
            if tok_type[pos] == 1 and (a := slash_with_default_rule()) is not None:
                return [a]
            pos = _start
        # param_with_default+
        if _t == 1:
            _v646 = []
            while True:
                _mark648 = pos
                if tok_type[pos] == 1 and (_element647 := param_with_default_rule()) is not None:
                    _v646.append(_element647)
                    continue
                pos = _mark648
                break
            if _v646:
                return _v646
            pos = _start
        return None

    # invalid_lambda_parameters: lambda_param_no_default* invalid_lambda_parameters_helper a=lambda_param_no_default { raise_known_location(p, a, "non-default argument follows default argument") } | lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')' { raise_known_range(p, a, b, "Lambda expression parameters cannot be parenthesized") } | a='/' ',' { raise_known_location(p, a, "at least one argument must precede /") } | (lambda_slash_no_default | lambda_slash_with_default) lambda_param_maybe_default* a='/' { raise_known_location(p, a, "/ may appear only once") } | [lambda_slash_no_default | lambda_slash_with_default] lambda_param_maybe_default* '*' (',' | lambda_param_no_default) lambda_param_maybe_default* a='/' { raise_known_location(p, a, "/ must be ahead of *") } | lambda_param_maybe_default+ '/' a='*' { raise_known_location(p, a, "expected comma between / and *") }
    def invalid_lambda_parameters_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # lambda_param_no_default* invalid_lambda_parameters_helper a=lambda_param_no_default { raise_known_location(p, a, "non-default argument follows default argument") }
        if call_invalid_rules and _t == 1:
            _items649 = []
            while True:
                _mark651 = pos
                if tok_type[pos] == 1 and (_element650 := lambda_param_no_default_rule()) is not None:
                    _items649.append(_element650)
                    continue
                pos = _mark651
                break
            if tok_type[pos] == 1 and (_ := invalid_lambda_parameters_helper_rule()) is not None:
                if tok_type[pos] == 1 and (a := lambda_param_no_default_rule()) is not None:
                    return raise_known_location(p, a, "non-default argument follows default argument")
            pos = _start
        # lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')' { raise_known_range(p, a, b, "Lambda expression parameters cannot be parenthesized") }
        if _t in {1, 7}:
            _items652 = []
            while True:
                _mark654 = pos
                if tok_type[pos] == 1 and (_element653 := lambda_param_no_default_rule()) is not None:
                    _items652.append(_element653)
                    continue
                pos = _mark654
                break
            if tok_type[pos] == 7:
                a = pos
                pos += 1
                if tok_type[pos] == 1 and (_element656 := lambda_param_rule()) is not None:
                    _items655 = [_element656]
                    while True:
                        _mark657 = pos
                        if tok_type[pos] == 12:
                            pos += 1
                            if tok_type[pos] == 1 and (_element658 := lambda_param_rule()) is not None:
                                _items655.append(_element658)
                                continue
                        pos = _mark657
                        break
                    if tok_type[pos] == 12:
                        pos += 1
                    if tok_type[pos] == 8:
                        b = pos
                        pos += 1
                        return raise_known_range(p, a, b, "Lambda expression parameters cannot be parenthesized")
            pos = _start
        # a='/' ',' { raise_known_location(p, a, "at least one argument must precede /") }
        if _t == 17:
            if tok_type[pos] == 17:
                a = pos
                pos += 1
                if tok_type[pos] == 12:
                    pos += 1
                    return raise_known_location(p, a, "at least one argument must precede /")
            pos = _start
        # (lambda_slash_no_default | lambda_slash_with_default) lambda_param_maybe_default* a='/' { raise_known_location(p, a, "/ may appear only once") }
        if _t == 1:
            if (tok_type[pos] == 1 and (_v659 := lambda_slash_no_default_rule()) is not None) or (tok_type[pos] == 1 and (_v659 := lambda_slash_with_default_rule()) is not None):
                _items660 = []
                while True:
                    _mark662 = pos
                    if tok_type[pos] == 1 and (_element661 := lambda_param_maybe_default_rule()) is not None:
                        _items660.append(_element661)
                        continue
                    pos = _mark662
                    break
                if tok_type[pos] == 17:
                    a = pos
                    pos += 1
                    return raise_known_location(p, a, "/ may appear only once")
            pos = _start
        # [lambda_slash_no_default | lambda_slash_with_default] lambda_param_maybe_default* '*' (',' | lambda_param_no_default) lambda_param_maybe_default* a='/' { raise_known_location(p, a, "/ must be ahead of *") }
        if _t in {1, 16}:
            _mark663 = pos
            if not ((tok_type[pos] == 1 and (_ := lambda_slash_no_default_rule()) is not None) or (tok_type[pos] == 1 and (_ := lambda_slash_with_default_rule()) is not None)):
                _ = None
                pos = _mark663
            _items664 = []
            while True:
                _mark666 = pos
                if tok_type[pos] == 1 and (_element665 := lambda_param_maybe_default_rule()) is not None:
                    _items664.append(_element665)
                    continue
                pos = _mark666
                break
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {1, 12} and (_ := _group_18()) is not None:
                    _items667 = []
                    while True:
                        _mark669 = pos
                        if tok_type[pos] == 1 and (_element668 := lambda_param_maybe_default_rule()) is not None:
                            _items667.append(_element668)
                            continue
                        pos = _mark669
                        break
                    if tok_type[pos] == 17:
                        a = pos
                        pos += 1
                        return raise_known_location(p, a, "/ must be ahead of *")
            pos = _start
        # lambda_param_maybe_default+ '/' a='*' { raise_known_location(p, a, "expected comma between / and *") }
        if _t == 1:
            _items670 = []
            while True:
                _mark672 = pos
                if tok_type[pos] == 1 and (_element671 := lambda_param_maybe_default_rule()) is not None:
                    _items670.append(_element671)
                    continue
                pos = _mark672
                break
            if _items670:
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
            if tok_type[pos] == 1 and (a := lambda_slash_with_default_rule()) is not None:
                return [a]
            pos = _start
        # lambda_param_with_default+
        if _t == 1:
            _v673 = []
            while True:
                _mark675 = pos
                if tok_type[pos] == 1 and (_element674 := lambda_param_with_default_rule()) is not None:
                    _v673.append(_element674)
                    continue
                pos = _mark675
                break
            if _v673:
                return _v673
            pos = _start
        return None

    # invalid_lambda_star_etc: '*' (':' | ',' (':' | '**')) { raise_syntax_error(p, "named arguments must follow bare *") } | '*' lambda_param a='=' { raise_known_location(p, a, "var-positional argument cannot have default value") } | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (lambda_param_no_default | ',') { raise_known_location(p, a, "* argument may appear only once") }
    def invalid_lambda_star_etc_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # '*' (':' | ',' (':' | '**')) { raise_syntax_error(p, "named arguments must follow bare *") }
        if _t == 16:
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {11, 12} and (_ := _group_19()) is not None:
                    return raise_syntax_error(p, "named arguments must follow bare *")
            pos = _start
        # '*' lambda_param a='=' { raise_known_location(p, a, "var-positional argument cannot have default value") }
        if _t == 16:
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] == 1 and (_ := lambda_param_rule()) is not None:
                    if tok_type[pos] == 22:
                        a = pos
                        pos += 1
                        return raise_known_location(p, a, "var-positional argument cannot have default value")
            pos = _start
        # '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (lambda_param_no_default | ',') { raise_known_location(p, a, "* argument may appear only once") }
        if _t == 16:
            if tok_type[pos] == 16:
                pos += 1
                if tok_type[pos] in {1, 12} and (_ := _group_20()) is not None:
                    _items676 = []
                    while True:
                        _mark678 = pos
                        if tok_type[pos] == 1 and (_element677 := lambda_param_maybe_default_rule()) is not None:
                            _items676.append(_element677)
                            continue
                        pos = _mark678
                        break
                    if tok_type[pos] == 16:
                        a = pos
                        pos += 1
                        if tok_type[pos] in {1, 12} and (_ := _group_21()) is not None:
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
            if tok_type[pos] == 35:
                pos += 1
                if tok_type[pos] == 1 and (_ := lambda_param_rule()) is not None:
                    if tok_type[pos] == 22:
                        a = pos
                        pos += 1
                        return raise_known_location(p, a, "var-keyword argument cannot have default value")
            pos = _start
        # '**' lambda_param ',' a=lambda_param { raise_known_location(p, a, "arguments cannot follow var-keyword argument") }
        if _t == 35:
            if tok_type[pos] == 35:
                pos += 1
                if tok_type[pos] == 1 and (_ := lambda_param_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] == 1 and (a := lambda_param_rule()) is not None:
                            return raise_known_location(p, a, "arguments cannot follow var-keyword argument")
            pos = _start
        # '**' lambda_param ',' a=('*' | '**' | '/') { raise_known_location(p, a, "arguments cannot follow var-keyword argument") }
        if _t == 35:
            if tok_type[pos] == 35:
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
            if tok_type[pos] == 59:
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
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
            if tok_type[pos] == 7:
                pos += 1
                if tok_type[pos] == 16 and (a := starred_expression_rule()) is not None:
                    if tok_type[pos] == 8:
                        pos += 1
                        return raise_known_location(p, a, "cannot use starred expression here")
            pos = _start
        # '(' a='**' expression ')' { raise_known_location(p, a, "cannot use double starred expression here") }
        if _t == 7:
            if tok_type[pos] == 7:
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

    # invalid_import: a='import' dotted_name 'from' dotted_name { raise_starting_from(p, a, "Did you mean to use 'from ... import ...' instead?") }
    def invalid_import_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a='import' dotted_name 'from' dotted_name { raise_starting_from(p, a, "Did you mean to use 'from ... import ...' instead?") }
        if _t == 119:
            if tok_type[pos] == 119:
                a = pos
                pos += 1
                if tok_type[pos] == 1 and (_ := dotted_name_rule()) is not None:
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
            if tok_type[pos] == 1 and (_ := import_from_as_names_rule()) is not None:
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
                _mark681 = pos
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                        _ = None
                        _mark682 = pos
                        _matched683 = False
                        if tok_type[pos] == 104:
                            if tok_type[pos] == 104:
                                pos += 1
                                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                    _ = True
                                    _matched683 = True
                        if not _matched683:
                            pos = _mark682
                        _element680 = True
                        _items679 = [_element680]
                        while True:
                            _mark684 = pos
                            if tok_type[pos] == 12:
                                pos += 1
                                _mark686 = pos
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                                        _ = None
                                        _mark687 = pos
                                        _matched688 = False
                                        if tok_type[pos] == 104:
                                            if tok_type[pos] == 104:
                                                pos += 1
                                                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                                    _ = True
                                                    _matched688 = True
                                        if not _matched688:
                                            pos = _mark687
                                        _element685 = True
                                        _items679.append(_element685)
                                        continue
                                pos = _mark686
                            pos = _mark684
                            break
                        if tok_type[pos] == 4:
                            pos += 1
                            return raise_syntax_error(p, "expected ':'")
                pos = _mark681
            pos = _start
        # [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE { raise_syntax_error(p, "expected ':'") }
        if _t in {57, 131}:
            if tok_type[pos] == 57:
                pos += 1
            if tok_type[pos] == 131:
                pos += 1
                if tok_type[pos] == 7:
                    pos += 1
                    _mark691 = pos
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expressions_rule()) is not None:
                            _ = None
                            _mark692 = pos
                            _matched693 = False
                            if tok_type[pos] == 104:
                                if tok_type[pos] == 104:
                                    pos += 1
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                        _ = True
                                        _matched693 = True
                            if not _matched693:
                                pos = _mark692
                            _element690 = True
                            _items689 = [_element690]
                            while True:
                                _mark694 = pos
                                if tok_type[pos] == 12:
                                    pos += 1
                                    _mark696 = pos
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expressions_rule()) is not None:
                                            _ = None
                                            _mark697 = pos
                                            _matched698 = False
                                            if tok_type[pos] == 104:
                                                if tok_type[pos] == 104:
                                                    pos += 1
                                                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                                        _ = True
                                                        _matched698 = True
                                            if not _matched698:
                                                pos = _mark697
                                            _element695 = True
                                            _items689.append(_element695)
                                            continue
                                    pos = _mark696
                                pos = _mark694
                                break
                            if tok_type[pos] == 12:
                                pos += 1
                            if tok_type[pos] == 8:
                                pos += 1
                                if tok_type[pos] == 4:
                                    pos += 1
                                    return raise_syntax_error(p, "expected ':'")
                    pos = _mark691
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
                _mark701 = pos
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                        _ = None
                        _mark702 = pos
                        _matched703 = False
                        if tok_type[pos] == 104:
                            if tok_type[pos] == 104:
                                pos += 1
                                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                    _ = True
                                    _matched703 = True
                        if not _matched703:
                            pos = _mark702
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
                                        _mark707 = pos
                                        _matched708 = False
                                        if tok_type[pos] == 104:
                                            if tok_type[pos] == 104:
                                                pos += 1
                                                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                                    _ = True
                                                    _matched708 = True
                                        if not _matched708:
                                            pos = _mark707
                                        _element705 = True
                                        _items699.append(_element705)
                                        continue
                                pos = _mark706
                            pos = _mark704
                            break
                        if tok_type[pos] == 11:
                            pos += 1
                            if tok_type[pos] == 4:
                                pos += 1
                                if not (tok_type[pos] == 5):
                                    return raise_indentation_error(p, f"expected an indented block after 'with' statement on line {p.tok_lineno[a]}")
                pos = _mark701
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
                    _mark711 = pos
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expressions_rule()) is not None:
                            _ = None
                            _mark712 = pos
                            _matched713 = False
                            if tok_type[pos] == 104:
                                if tok_type[pos] == 104:
                                    pos += 1
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                        _ = True
                                        _matched713 = True
                            if not _matched713:
                                pos = _mark712
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
                                            _mark717 = pos
                                            _matched718 = False
                                            if tok_type[pos] == 104:
                                                if tok_type[pos] == 104:
                                                    pos += 1
                                                    if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_ := star_target_rule()) is not None:
                                                        _ = True
                                                        _matched718 = True
                                            if not _matched718:
                                                pos = _mark717
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
                                if tok_type[pos] == 11:
                                    pos += 1
                                    if tok_type[pos] == 4:
                                        pos += 1
                                        if not (tok_type[pos] == 5):
                                            return raise_indentation_error(p, f"expected an indented block after 'with' statement on line {p.tok_lineno[a]}")
                    pos = _mark711
            pos = _start
        return None

    # invalid_try_stmt: a='try' ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'try' statement on line {p.tok_lineno[a]}") } | 'try' ':' block !('except' | 'finally') { raise_syntax_error(p, "expected 'except' or 'finally' block") } | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':' { raise_known_range(p, a, b, "cannot have both 'except' and 'except*' on the same 'try'") } | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':' { raise_known_location(p, a, "cannot have both 'except' and 'except*' on the same 'try'") }
    def invalid_try_stmt_rule():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # a='try' ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'try' statement on line {p.tok_lineno[a]}") }
        if _t == 129:
            if tok_type[pos] == 129:
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
            if tok_type[pos] == 129:
                pos += 1
                if tok_type[pos] == 11:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (_ := block_rule()) is not None:
                        if not (tok_type[pos] in {113, 114}):
                            return raise_syntax_error(p, "expected 'except' or 'finally' block")
            pos = _start
        # 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':' { raise_known_range(p, a, b, "cannot have both 'except' and 'except*' on the same 'try'") }
        if _t == 129:
            if tok_type[pos] == 129:
                pos += 1
                if tok_type[pos] == 11:
                    pos += 1
                    _items719 = []
                    while True:
                        _mark721 = pos
                        if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (_element720 := block_rule()) is not None:
                            _items719.append(_element720)
                            continue
                        pos = _mark721
                        break
                    _items722 = []
                    while True:
                        _mark724 = pos
                        if tok_type[pos] == 113 and (_element723 := except_block_rule()) is not None:
                            _items722.append(_element723)
                            continue
                        pos = _mark724
                        break
                    if _items722:
                        if tok_type[pos] == 113:
                            a = pos
                            pos += 1
                            if tok_type[pos] == 16:
                                b = pos
                                pos += 1
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                                    _ = None
                                    _mark725 = pos
                                    _matched726 = False
                                    if tok_type[pos] == 104:
                                        if tok_type[pos] == 104:
                                            pos += 1
                                            if tok_type[pos] == 1:
                                                pos += 1
                                                _ = True
                                                _matched726 = True
                                    if not _matched726:
                                        pos = _mark725
                                    if tok_type[pos] == 11:
                                        pos += 1
                                        return raise_known_range(p, a, b, "cannot have both 'except' and 'except*' on the same 'try'")
            pos = _start
        # 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':' { raise_known_location(p, a, "cannot have both 'except' and 'except*' on the same 'try'") }
        if _t == 129:
            if tok_type[pos] == 129:
                pos += 1
                if tok_type[pos] == 11:
                    pos += 1
                    _items727 = []
                    while True:
                        _mark729 = pos
                        if tok_type[pos] in {1, 2, 3, 4, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 105, 106, 108, 110, 116, 117, 119, 122, 123, 124, 126, 127, 128, 132} and (_element728 := block_rule()) is not None:
                            _items727.append(_element728)
                            continue
                        pos = _mark729
                        break
                    _items730 = []
                    while True:
                        _mark732 = pos
                        if tok_type[pos] == 113 and (_element731 := except_star_block_rule()) is not None:
                            _items730.append(_element731)
                            continue
                        pos = _mark732
                        break
                    if _items730:
                        if tok_type[pos] == 113:
                            a = pos
                            pos += 1
                            _ = None
                            _mark733 = pos
                            _matched734 = False
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                                    _ = None
                                    _mark735 = pos
                                    _matched736 = False
                                    if tok_type[pos] == 104:
                                        if tok_type[pos] == 104:
                                            pos += 1
                                            if tok_type[pos] == 1:
                                                pos += 1
                                                _ = True
                                                _matched736 = True
                                    if not _matched736:
                                        pos = _mark735
                                    _ = True
                                    _matched734 = True
                            if not _matched734:
                                pos = _mark733
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
            if tok_type[pos] == 113:
                pos += 1
                if tok_type[pos] == 16:
                    pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (a := expression_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expressions_rule()) is not None:
                            _ = None
                            _mark737 = pos
                            _matched738 = False
                            if tok_type[pos] == 104:
                                if tok_type[pos] == 104:
                                    pos += 1
                                    if tok_type[pos] == 1:
                                        pos += 1
                                        _ = True
                                        _matched738 = True
                            if not _matched738:
                                pos = _mark737
                            if tok_type[pos] == 11:
                                pos += 1
                                return raise_starting_from(p, a, "multiple exception types must be parenthesized")
            pos = _start
        # a='except' '*'? expression ['as' NAME] NEWLINE { raise_syntax_error(p, "expected ':'") }
        if _t == 113:
            if tok_type[pos] == 113:
                a = pos
                pos += 1
                if tok_type[pos] == 16:
                    pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                    _ = None
                    _mark739 = pos
                    _matched740 = False
                    if tok_type[pos] == 104:
                        if tok_type[pos] == 104:
                            pos += 1
                            if tok_type[pos] == 1:
                                pos += 1
                                _ = True
                                _matched740 = True
                    if not _matched740:
                        pos = _mark739
                    if tok_type[pos] == 4:
                        pos += 1
                        return raise_syntax_error(p, "expected ':'")
            pos = _start
        # a='except' NEWLINE { raise_syntax_error(p, "expected ':'") }
        if _t == 113:
            if tok_type[pos] == 113:
                a = pos
                pos += 1
                if tok_type[pos] == 4:
                    pos += 1
                    return raise_syntax_error(p, "expected ':'")
            pos = _start
        # a='except' '*' (NEWLINE | ':') { raise_syntax_error(p, "expected one or more exception types") }
        if _t == 113:
            if tok_type[pos] == 113:
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
            if tok_type[pos] == 114:
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
            if tok_type[pos] == 113:
                a = pos
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                    _ = None
                    _mark741 = pos
                    _matched742 = False
                    if tok_type[pos] == 104:
                        if tok_type[pos] == 104:
                            pos += 1
                            if tok_type[pos] == 1:
                                pos += 1
                                _ = True
                                _matched742 = True
                    if not _matched742:
                        pos = _mark741
                    if tok_type[pos] == 11:
                        pos += 1
                        if tok_type[pos] == 4:
                            pos += 1
                            if not (tok_type[pos] == 5):
                                return raise_indentation_error(p, f"expected an indented block after 'except' statement on line {p.tok_lineno[a]}")
            pos = _start
        # a='except' ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'except' statement on line {p.tok_lineno[a]}") }
        if _t == 113:
            if tok_type[pos] == 113:
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
            if tok_type[pos] == 113:
                a = pos
                pos += 1
                if tok_type[pos] == 16:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                        _ = None
                        _mark743 = pos
                        _matched744 = False
                        if tok_type[pos] == 104:
                            if tok_type[pos] == 104:
                                pos += 1
                                if tok_type[pos] == 1:
                                    pos += 1
                                    _ = True
                                    _matched744 = True
                        if not _matched744:
                            pos = _mark743
                        if tok_type[pos] == 11:
                            pos += 1
                            if tok_type[pos] == 4:
                                pos += 1
                                if not (tok_type[pos] == 5):
                                    return raise_indentation_error(p, f"expected an indented block after 'except*' statement on line {p.tok_lineno[a]}")
            pos = _start
        return None

    # invalid_match_stmt: "match" subject_expr NEWLINE { check_version(p, 10, "Pattern matching is", raise_syntax_error(p, "expected ':'")) } | a="match" subject=subject_expr ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'match' statement on line {p.tok_lineno[a]}") }
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
        # a="match" subject=subject_expr ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'match' statement on line {p.tok_lineno[a]}") }
        if _t == 1:
            if tok_type[pos] == 1 and tok_string[pos] == 'match':
                a = pos
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (subject := subject_expr_rule()) is not None:
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
        _shared745 = or_pattern_rule() if _t in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} else None
        _shared_end746 = pos
        pos = _start
        # or_pattern 'as' a="_" { raise_known_location(p, a, "cannot use '_' as a target") }
        if _shared745 is not None:
            pos = _shared_end746
            if tok_type[pos] == 104:
                pos += 1
                if tok_type[pos] == 1 and tok_string[pos] == '_':
                    a = pos
                    pos += 1
                    return raise_known_location(p, a, "cannot use '_' as a target")
        pos = _start
        # or_pattern 'as' !NAME a=expression { raise_known_location(p, a, "invalid pattern target") }
        if _shared745 is not None:
            pos = _shared_end746
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
            if tok_type[pos] == 1 and (_ := name_or_attr_rule()) is not None:
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
            _mark747 = pos
            _matched748 = False
            if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102}:
                if tok_type[pos] in {1, 2, 3, 7, 9, 15, 25, 61, 100, 101, 102} and (_ := positional_patterns_rule()) is not None:
                    if tok_type[pos] == 12:
                        pos += 1
                        _ = True
                        _matched748 = True
            if not _matched748:
                pos = _mark747
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
            if tok_type[pos] == 118:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := named_expression_rule()) is not None:
                    if tok_type[pos] == 4:
                        pos += 1
                        return raise_syntax_error(p, "expected ':'")
            pos = _start
        # a='if' a=named_expression ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'if' statement on line {a.lineno}") }
        if _t == 118:
            if tok_type[pos] == 118:
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
            if tok_type[pos] == 111:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := named_expression_rule()) is not None:
                    if tok_type[pos] == 4:
                        pos += 1
                        return raise_syntax_error(p, "expected ':'")
            pos = _start
        # a='elif' named_expression ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'elif' statement on line {p.tok_lineno[a]}") }
        if _t == 111:
            if tok_type[pos] == 111:
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
            if tok_type[pos] == 112:
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
            if tok_type[pos] == 130:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := named_expression_rule()) is not None:
                    if tok_type[pos] == 4:
                        pos += 1
                        return raise_syntax_error(p, "expected ':'")
            pos = _start
        # a='while' named_expression ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after 'while' statement on line {p.tok_lineno[a]}") }
        if _t == 130:
            if tok_type[pos] == 130:
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
                    _mark750 = pos
                    _matched751 = False
                    if tok_type[pos] == 9:
                        if tok_type[pos] == 9 and (_v749 := type_params_rule()) is not None:
                            _ = _v749
                            _matched751 = True
                    if not _matched751:
                        pos = _mark750
                    if tok_type[pos] == 7:
                        pos += 1
                        _ = None
                        _mark753 = pos
                        _matched754 = False
                        if tok_type[pos] in {1, 7, 16, 17, 35}:
                            if tok_type[pos] in {1, 7, 16, 17, 35} and (_v752 := params_rule()) is not None:
                                _ = _v752
                                _matched754 = True
                        if not _matched754:
                            pos = _mark753
                        if tok_type[pos] == 8:
                            pos += 1
                            _ = None
                            _mark755 = pos
                            _matched756 = False
                            if tok_type[pos] == 51:
                                if tok_type[pos] == 51:
                                    pos += 1
                                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                                        _ = True
                                        _matched756 = True
                            if not _matched756:
                                pos = _mark755
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
            if tok_type[pos] == 107:
                pos += 1
                if tok_type[pos] == 1:
                    pos += 1
                    _ = None
                    _mark758 = pos
                    _matched759 = False
                    if tok_type[pos] == 9:
                        if tok_type[pos] == 9 and (_v757 := type_params_rule()) is not None:
                            _ = _v757
                            _matched759 = True
                    if not _matched759:
                        pos = _mark758
                    _ = None
                    _mark760 = pos
                    _matched761 = False
                    if tok_type[pos] == 7:
                        if tok_type[pos] == 7:
                            pos += 1
                            _ = None
                            _mark763 = pos
                            _matched764 = False
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v762 := arguments_rule()) is not None:
                                    _ = _v762
                                    _matched764 = True
                            if not _matched764:
                                pos = _mark763
                            if tok_type[pos] == 8:
                                pos += 1
                                _ = True
                                _matched761 = True
                    if not _matched761:
                        pos = _mark760
                    if tok_type[pos] == 4:
                        pos += 1
                        return raise_syntax_error(p, "expected ':'")
            pos = _start
        # a='class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT { raise_indentation_error(p, f"expected an indented block after class definition on line {p.tok_lineno[a]}") }
        if _t == 107:
            if tok_type[pos] == 107:
                a = pos
                pos += 1
                if tok_type[pos] == 1:
                    pos += 1
                    _ = None
                    _mark766 = pos
                    _matched767 = False
                    if tok_type[pos] == 9:
                        if tok_type[pos] == 9 and (_v765 := type_params_rule()) is not None:
                            _ = _v765
                            _matched767 = True
                    if not _matched767:
                        pos = _mark766
                    _ = None
                    _mark768 = pos
                    _matched769 = False
                    if tok_type[pos] == 7:
                        if tok_type[pos] == 7:
                            pos += 1
                            _ = None
                            _mark771 = pos
                            _matched772 = False
                            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
                                if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v770 := arguments_rule()) is not None:
                                    _ = _v770
                                    _matched772 = True
                            if not _matched772:
                                pos = _mark771
                            if tok_type[pos] == 8:
                                pos += 1
                                _ = True
                                _matched769 = True
                    if not _matched769:
                        pos = _mark768
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
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element774 := double_starred_kvpair_rule()) is not None:
                _items773 = [_element774]
                while True:
                    _mark775 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_element776 := double_starred_kvpair_rule()) is not None:
                            _items773.append(_element776)
                            continue
                    pos = _mark775
                    break
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := invalid_kvpair_rule()) is not None:
                        return True
            pos = _start
        # the next 2 alternatives begin with expression: parse it once
        _shared777 = expression_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} else None
        _shared_end778 = pos
        pos = _start
        # expression ':' a='*' bitwise_or { raise_starting_from(p, a, "cannot use a starred expression in a dictionary value") }
        if _shared777 is not None:
            pos = _shared_end778
            if tok_type[pos] == 11:
                pos += 1
                if tok_type[pos] == 16:
                    a = pos
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (_ := bitwise_or_rule()) is not None:
                        return raise_starting_from(p, a, "cannot use a starred expression in a dictionary value")
        pos = _start
        # expression a=':' &('}' | ',') { raise_known_location(p, a, "expression expected after dictionary key and ':'") }
        if _shared777 is not None:
            pos = _shared_end778
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
        _shared779 = expression_rule() if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} else None
        _shared_end780 = pos
        pos = _start
        # a=expression !(':') { raise_error_known_location(p, SyntaxError, a.lineno, a.end_col_offset - 1, a.end_lineno, -1, "':' expected after dictionary key") }
        if _shared779 is not None:
            pos = _shared_end780
            a = _shared779
            if not (tok_type[pos] == 11):
                return raise_error_known_location(p, SyntaxError, a.lineno, a.end_col_offset - 1, a.end_lineno, -1, "':' expected after dictionary key")
        pos = _start
        # expression ':' a='*' bitwise_or { raise_starting_from(p, a, "cannot use a starred expression in a dictionary value") }
        if _shared779 is not None:
            pos = _shared_end780
            if tok_type[pos] == 11:
                pos += 1
                if tok_type[pos] == 16:
                    a = pos
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102} and (_ := bitwise_or_rule()) is not None:
                        return raise_starting_from(p, a, "cannot use a starred expression in a dictionary value")
        pos = _start
        # expression a=':' &('}' | ',') { raise_known_location(p, a, "expression expected after dictionary key and ':'") }
        if _shared779 is not None:
            pos = _shared_end780
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
            if tok_type[pos] == 16:
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
            if tok_type[pos] == 25:
                pos += 1
                if tok_type[pos] == 22:
                    a = pos
                    pos += 1
                    return raise_known_location(p, a, "f-string: valid expression required before '='")
            pos = _start
        # '{' a='!' { raise_known_location(p, a, "f-string: valid expression required before '!'") }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if tok_type[pos] == 54:
                    a = pos
                    pos += 1
                    return raise_known_location(p, a, "f-string: valid expression required before '!'")
            pos = _start
        # '{' a=':' { raise_known_location(p, a, "f-string: valid expression required before ':'") }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if tok_type[pos] == 11:
                    a = pos
                    pos += 1
                    return raise_known_location(p, a, "f-string: valid expression required before ':'")
            pos = _start
        # '{' a='}' { raise_known_location(p, a, "f-string: valid expression required before '}'") }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if tok_type[pos] == 26:
                    a = pos
                    pos += 1
                    return raise_known_location(p, a, "f-string: valid expression required before '}'")
            pos = _start
        # '{' !(yield_expr | star_expressions) { raise_on_next_token(p, pos, "f-string: expecting a valid expression after '{'") }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                _mark781 = pos
                _found = (tok_type[pos] == 132 and (_ := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := star_expressions_rule()) is not None)
                pos = _mark781
                if not _found:
                    return raise_on_next_token(p, pos, "f-string: expecting a valid expression after '{'")
            pos = _start
        # '{' (yield_expr | star_expressions) !('=' | '!' | ':' | '}') { raise_on_next_token(p, pos, "f-string: expecting '=', or '!', or ':', or '}'") }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if (tok_type[pos] == 132 and (_v782 := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v782 := star_expressions_rule()) is not None):
                    if not (tok_type[pos] in {11, 22, 26, 54}):
                        return raise_on_next_token(p, pos, "f-string: expecting '=', or '!', or ':', or '}'")
            pos = _start
        # '{' (yield_expr | star_expressions) '=' !('!' | ':' | '}') { raise_on_next_token(p, pos, "f-string: expecting '!', or ':', or '}'") }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if (tok_type[pos] == 132 and (_v783 := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v783 := star_expressions_rule()) is not None):
                    if tok_type[pos] == 22:
                        pos += 1
                        if not (tok_type[pos] in {11, 26, 54}):
                            return raise_on_next_token(p, pos, "f-string: expecting '!', or ':', or '}'")
            pos = _start
        # '{' (yield_expr | star_expressions) '='? invalid_conversion_character
        if call_invalid_rules and _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if (tok_type[pos] == 132 and (_v784 := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v784 := star_expressions_rule()) is not None):
                    if tok_type[pos] == 22:
                        pos += 1
                    if tok_type[pos] == 54 and (_ := invalid_conversion_character_rule()) is not None:
                        return True
            pos = _start
        # '{' (yield_expr | star_expressions) '='? ['!' NAME] !(':' | '}') { raise_on_next_token(p, pos, "f-string: expecting ':' or '}'") }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if (tok_type[pos] == 132 and (_v785 := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v785 := star_expressions_rule()) is not None):
                    if tok_type[pos] == 22:
                        pos += 1
                    _ = None
                    _mark786 = pos
                    _matched787 = False
                    if tok_type[pos] == 54:
                        if tok_type[pos] == 54:
                            pos += 1
                            if tok_type[pos] == 1:
                                pos += 1
                                _ = True
                                _matched787 = True
                    if not _matched787:
                        pos = _mark786
                    if not (tok_type[pos] in {11, 26}):
                        return raise_on_next_token(p, pos, "f-string: expecting ':' or '}'")
            pos = _start
        # '{' (yield_expr | star_expressions) '='? ['!' NAME] ':' fstring_format_spec* !'}' { raise_on_next_token(p, pos, "f-string: expecting '}', or format specs") }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if (tok_type[pos] == 132 and (_v788 := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v788 := star_expressions_rule()) is not None):
                    if tok_type[pos] == 22:
                        pos += 1
                    _ = None
                    _mark789 = pos
                    _matched790 = False
                    if tok_type[pos] == 54:
                        if tok_type[pos] == 54:
                            pos += 1
                            if tok_type[pos] == 1:
                                pos += 1
                                _ = True
                                _matched790 = True
                    if not _matched790:
                        pos = _mark789
                    if tok_type[pos] == 11:
                        pos += 1
                        _items791 = []
                        while True:
                            _mark793 = pos
                            if tok_type[pos] in {25, 62} and (_element792 := fstring_format_spec_rule()) is not None:
                                _items791.append(_element792)
                                continue
                            pos = _mark793
                            break
                        if not (tok_type[pos] == 26):
                            return raise_on_next_token(p, pos, "f-string: expecting '}', or format specs")
            pos = _start
        # '{' (yield_expr | star_expressions) '='? ['!' NAME] !'}' { raise_on_next_token(p, pos, "f-string: expecting '}'") }
        if _t == 25:
            if tok_type[pos] == 25:
                pos += 1
                if (tok_type[pos] == 132 and (_v794 := yield_expr_rule()) is not None) or (tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v794 := star_expressions_rule()) is not None):
                    if tok_type[pos] == 22:
                        pos += 1
                    _ = None
                    _mark795 = pos
                    _matched796 = False
                    if tok_type[pos] == 54:
                        if tok_type[pos] == 54:
                            pos += 1
                            if tok_type[pos] == 1:
                                pos += 1
                                _ = True
                                _matched796 = True
                    if not _matched796:
                        pos = _mark795
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
            if tok_type[pos] == 54:
                pos += 1
                if tok_type[pos] in {11, 26}:
                    return raise_on_next_token(p, pos, "f-string: missing conversion character")
            pos = _start
        # '!' !NAME { raise_on_next_token(p, pos, "f-string: invalid conversion character") }
        if _t == 54:
            if tok_type[pos] == 54:
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
            if tok_type[pos] == 7:
                pos += 1
                if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (b := single_target_rule()) is not None:
                    if tok_type[pos] == 8:
                        pos += 1
                        return b
            pos = _start
        # single_subscript_attribute_target
        if _t in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 25, 52, 61, 100, 101, 102} and (_v797 := single_subscript_attribute_target_rule()) is not None:
                return _v797
            pos = _start
        return None

    # _group_2: tok='!=' { None if check_barry_as_flufl(p, tok) else tok }
    def _group_2():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # tok='!=' { None if check_barry_as_flufl(p, tok) else tok }
        if _t == 28:
            if tok_type[pos] == 28:
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
            if tok_type[pos] == 1 and (_v798 := assignment_expression_rule()) is not None:
                return _v798
            pos = _start
        # expression !':='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v799 := expression_rule()) is not None:
                if not (tok_type[pos] == 53):
                    return _v799
            pos = _start
        return None

    # _group_4: starred_expression | (assignment_expression | expression !':=') !'='
    def _group_4():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # starred_expression
        if _t == 16:
            if tok_type[pos] == 16 and (_v800 := starred_expression_rule()) is not None:
                return _v800
            pos = _start
        # (assignment_expression | expression !':=') !'='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v801 := _group_22()) is not None:
                if not (tok_type[pos] == 22):
                    return _v801
            pos = _start
        return None

    # _group_5: _v800=starred_expression | _v801=(assignment_expression | expression !':=') !'='
    def _group_5():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # _v800=starred_expression
        if _t == 16:
            if tok_type[pos] == 16 and (_v800 := starred_expression_rule()) is not None:
                return _v800
            pos = _start
        # _v801=(assignment_expression | expression !':=') !'='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v801 := _group_23()) is not None:
                if not (tok_type[pos] == 22):
                    return _v801
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
                if tok_type[pos] in {1, 2, 3, 7, 9, 16, 25, 52, 61, 100, 101, 102} and (_v802 := star_target_rule()) is not None:
                    return _v802
            pos = _start
        return None

    # _group_7: NEWLINE INDENT
    def _group_7():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # NEWLINE INDENT
        if _t == 4:
            if tok_type[pos] == 4:
                pos += 1
                if tok_type[pos] == 5:
                    pos += 1
                    return True
            pos = _start
        return None

    # _group_8: (','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs
    def _group_8():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # (','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs)
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v803 := _group_24()) is not None:
                return _v803
            pos = _start
        # kwargs
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v804 := kwargs_rule()) is not None:
                return _v804
            pos = _start
        return None

    # _group_9: args | expression for_if_clauses
    def _group_9():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # args
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_v805 := args_rule()) is not None:
                return _v805
            pos = _start
        # expression for_if_clauses
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := expression_rule()) is not None:
                if tok_type[pos] in {57, 115} and (_ := for_if_clauses_rule()) is not None:
                    return True
            pos = _start
        return None

    # _group_10: NAME '='
    def _group_10():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # NAME '='
        if _t == 1:
            if tok_type[pos] == 1:
                pos += 1
                if tok_type[pos] == 22:
                    pos += 1
                    return True
            pos = _start
        return None

    # _group_11: NAME STRING | SOFT_KEYWORD
    def _group_11():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # NAME STRING
        if _t == 1:
            if tok_type[pos] == 1:
                pos += 1
                if tok_type[pos] == 3:
                    pos += 1
                    return True
            pos = _start
        # SOFT_KEYWORD
        if _t == 1:
            if tok_type[pos] == 1 and tok_string[pos] in SOFT_KEYWORDS:
                _v806 = pos
                pos += 1
                return _v806
            pos = _start
        return None

    # _group_12: FSTRING_MIDDLE | fstring_replacement_field
    def _group_12():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # FSTRING_MIDDLE
        if _t == 62:
            if tok_type[pos] == 62:
                _v807 = pos
                pos += 1
                return _v807
            pos = _start
        # fstring_replacement_field
        if _t == 25:
            if tok_type[pos] == 25 and (_v808 := fstring_replacement_field_rule()) is not None:
                return _v808
            pos = _start
        return None

    # _group_13: list | tuple | genexp | 'True' | 'None' | 'False'
    def _group_13():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # list
        if _t == 9:
            if tok_type[pos] == 9 and (_v809 := list_rule()) is not None:
                return _v809
            pos = _start
        # tuple
        if _t == 7:
            if tok_type[pos] == 7 and (_v810 := tuple_rule()) is not None:
                return _v810
            pos = _start
        # genexp
        if _t in {7, 9, 25}:
            if tok_type[pos] in {7, 9, 25} and (_v811 := genexp_rule()) is not None:
                return _v811
            pos = _start
        # 'True'
        if _t == 102:
            if tok_type[pos] == 102:
                _v812 = pos
                pos += 1
                return _v812
            pos = _start
        # 'None'
        if _t == 101:
            if tok_type[pos] == 101:
                _v813 = pos
                pos += 1
                return _v813
            pos = _start
        # 'False'
        if _t == 100:
            if tok_type[pos] == 100:
                _v814 = pos
                pos += 1
                return _v814
            pos = _start
        return None

    # _group_14: ',' | param_no_default
    def _group_14():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ','
        if _t == 12:
            if tok_type[pos] == 12:
                _v815 = pos
                pos += 1
                return _v815
            pos = _start
        # param_no_default
        if _t == 1:
            if tok_type[pos] == 1 and (_v816 := param_no_default_rule()) is not None:
                return _v816
            pos = _start
        return None

    # _group_15: ')' | ',' (')' | '**')
    def _group_15():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ')'
        if _t == 8:
            if tok_type[pos] == 8:
                _v817 = pos
                pos += 1
                return _v817
            pos = _start
        # ',' (')' | '**')
        if _t == 12:
            if tok_type[pos] == 12:
                pos += 1
                if tok_type[pos] in {8, 35}:
                    pos += 1
                    return True
            pos = _start
        return None

    # _group_16: param_no_default | ','
    def _group_16():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # param_no_default
        if _t == 1:
            if tok_type[pos] == 1 and (_v818 := param_no_default_rule()) is not None:
                return _v818
            pos = _start
        # ','
        if _t == 12:
            if tok_type[pos] == 12:
                _v819 = pos
                pos += 1
                return _v819
            pos = _start
        return None

    # _group_17: param_no_default | ','
    def _group_17():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # param_no_default
        if _t == 1:
            if tok_type[pos] == 1 and (_v820 := param_no_default_rule()) is not None:
                return _v820
            pos = _start
        # ','
        if _t == 12:
            if tok_type[pos] == 12:
                _v821 = pos
                pos += 1
                return _v821
            pos = _start
        return None

    # _group_18: ',' | lambda_param_no_default
    def _group_18():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ','
        if _t == 12:
            if tok_type[pos] == 12:
                _v822 = pos
                pos += 1
                return _v822
            pos = _start
        # lambda_param_no_default
        if _t == 1:
            if tok_type[pos] == 1 and (_v823 := lambda_param_no_default_rule()) is not None:
                return _v823
            pos = _start
        return None

    # _group_19: ':' | ',' (':' | '**')
    def _group_19():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ':'
        if _t == 11:
            if tok_type[pos] == 11:
                _v824 = pos
                pos += 1
                return _v824
            pos = _start
        # ',' (':' | '**')
        if _t == 12:
            if tok_type[pos] == 12:
                pos += 1
                if tok_type[pos] in {11, 35}:
                    pos += 1
                    return True
            pos = _start
        return None

    # _group_20: lambda_param_no_default | ','
    def _group_20():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # lambda_param_no_default
        if _t == 1:
            if tok_type[pos] == 1 and (_v825 := lambda_param_no_default_rule()) is not None:
                return _v825
            pos = _start
        # ','
        if _t == 12:
            if tok_type[pos] == 12:
                _v826 = pos
                pos += 1
                return _v826
            pos = _start
        return None

    # _group_21: lambda_param_no_default | ','
    def _group_21():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # lambda_param_no_default
        if _t == 1:
            if tok_type[pos] == 1 and (_v827 := lambda_param_no_default_rule()) is not None:
                return _v827
            pos = _start
        # ','
        if _t == 12:
            if tok_type[pos] == 12:
                _v828 = pos
                pos += 1
                return _v828
            pos = _start
        return None

    # _group_22: assignment_expression | expression !':='
    def _group_22():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # assignment_expression
        if _t == 1:
            if tok_type[pos] == 1 and (_v829 := assignment_expression_rule()) is not None:
                return _v829
            pos = _start
        # expression !':='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v830 := expression_rule()) is not None:
                if not (tok_type[pos] == 53):
                    return _v830
            pos = _start
        return None

    # _group_23: _v829=assignment_expression | _v830=expression !':='
    def _group_23():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # _v829=assignment_expression
        if _t == 1:
            if tok_type[pos] == 1 and (_v829 := assignment_expression_rule()) is not None:
                return _v829
            pos = _start
        # _v830=expression !':='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v830 := expression_rule()) is not None:
                if not (tok_type[pos] == 53):
                    return _v830
            pos = _start
        return None

    # _group_24: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs
    def _group_24():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs
        if _t in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element832 := _group_25()) is not None:
                _items831 = [_element832]
                while True:
                    _mark833 = pos
                    if tok_type[pos] == 12:
                        pos += 1
                        if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_element834 := _group_26()) is not None:
                            _items831.append(_element834)
                            continue
                    pos = _mark833
                    break
                if tok_type[pos] == 12:
                    pos += 1
                    if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 16, 25, 31, 35, 52, 56, 61, 100, 101, 102, 122, 124} and (_ := kwargs_rule()) is not None:
                        return True
            pos = _start
        return None

    # _group_25: starred_expression | (assignment_expression | expression !':=') !'='
    def _group_25():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # starred_expression
        if _t == 16:
            if tok_type[pos] == 16 and (_v835 := starred_expression_rule()) is not None:
                return _v835
            pos = _start
        # (assignment_expression | expression !':=') !'='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v836 := _group_27()) is not None:
                if not (tok_type[pos] == 22):
                    return _v836
            pos = _start
        return None

    # _group_26: _v835=starred_expression | _v836=(assignment_expression | expression !':=') !'='
    def _group_26():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # _v835=starred_expression
        if _t == 16:
            if tok_type[pos] == 16 and (_v835 := starred_expression_rule()) is not None:
                return _v835
            pos = _start
        # _v836=(assignment_expression | expression !':=') !'='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v836 := _group_28()) is not None:
                if not (tok_type[pos] == 22):
                    return _v836
            pos = _start
        return None

    # _group_27: assignment_expression | expression !':='
    def _group_27():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # assignment_expression
        if _t == 1:
            if tok_type[pos] == 1 and (_v837 := assignment_expression_rule()) is not None:
                return _v837
            pos = _start
        # expression !':='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v838 := expression_rule()) is not None:
                if not (tok_type[pos] == 53):
                    return _v838
            pos = _start
        return None

    # _group_28: _v837=assignment_expression | _v838=expression !':='
    def _group_28():
        nonlocal pos
        _start = pos
        _t = tok_type[pos]
        # _v837=assignment_expression
        if _t == 1:
            if tok_type[pos] == 1 and (_v837 := assignment_expression_rule()) is not None:
                return _v837
            pos = _start
        # _v838=expression !':='
        if _t in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124}:
            if tok_type[pos] in {1, 2, 3, 7, 9, 14, 15, 25, 31, 52, 56, 61, 100, 101, 102, 122, 124} and (_v838 := expression_rule()) is not None:
                if not (tok_type[pos] == 53):
                    return _v838
            pos = _start
        return None

    return {'file': file_rule, 'interactive': interactive_rule, 'eval': eval_rule, 'func_type': func_type_rule, 'fstring': fstring_rule}
