"""The parser generator: its output is current, and each PEG feature works.

The feature tests generate a parser from a small grammar and parse with it:
left recursion (direct and through a cycle of rules), lookaheads, cut, gather,
forced tokens, memoization, and the rule that an action giving None makes its
rule fail without trying the other alternatives.
"""

import ast

import pytest

from clearpy.parser.generator import GENERATED_PATH, GRAMMAR_PATH, generate
from clearpy.parser.generator.analysis import GrammarAnalysisError, analyze
from clearpy.parser.generator.metagrammar import GrammarError, parse_grammar
from clearpy.parser.state import ParserState


def test_generated_parser_is_up_to_date():
    """Fails when python.gram or the generator changed without regenerating."""
    expected = generate(GRAMMAR_PATH.read_text(encoding="utf-8"))
    actual = GENERATED_PATH.read_text(encoding="utf-8")
    assert actual == expected, "run: python -m clearpy.parser.generator"


HEADER = """@header '''
from ast import BinOp, Add, Sub, Mult, Pow, Name, Constant, List, Load, Attribute, Tuple
LOAD = Load()
from clearpy.parser.literals import parse_number
from clearpy.parser.errors import raise_expected
'''
"""

TOY = HEADER + """
start: e=expr NEWLINE? ENDMARKER { e }
expr:
    | a=expr '+' b=term { BinOp(a, Add(), b, EXTRA) }
    | a=expr '-' b=term { BinOp(a, Sub(), b, EXTRA) }
    | term
term:
    | a=term '*' b=power { BinOp(a, Mult(), b, EXTRA) }
    | power
power (memo):
    | a=atom '**' b=power { BinOp(a, Pow(), b, EXTRA) }
    | atom
atom:
    | dotted
    | NUMBER
    | '(' e=expr ')' { e }
    | '[' a=','.expr+ [','] ']' { List(a, LOAD, EXTRA) }
    | '{' ~ e=expr '}' { e }
    | '{' { Constant('never: the cut committed to the previous alternative', None) }
    | "soft" &&':' e=expr { Tuple([e], LOAD, EXTRA) }
    | !'(' n=NAME { n }
# a cycle of two rules: dotted -> name_or_dotted -> dotted
dotted: a=name_or_dotted '.' b=NAME { Attribute(a, b.id, LOAD, EXTRA) }
name_or_dotted: dotted | NAME
"""


def toy_parser(grammar_text):
    namespace = {}
    exec(compile(generate(grammar_text), "<toy parser>", "exec"), namespace)
    return namespace


@pytest.fixture(scope="module")
def toy():
    return toy_parser(TOY.replace("start:", "file:"))


def toy_parse(toy, source):
    state = ParserState(source, source, "<toy>", toy["KEYWORDS"])
    state.start_recording()   # so that errors know how far the parser has read
    return toy["make_rules"](state, False)["file"]()


def test_left_recursion_is_left_associative(toy):
    tree = toy_parse(toy, "1 - 2 - 3 * 4 * 5")
    assert ast.unparse(tree) == "1 - 2 - 3 * 4 * 5"
    assert isinstance(tree.left, ast.BinOp) and isinstance(tree.left.op, ast.Sub)
    assert isinstance(tree.right.left, ast.BinOp) and isinstance(tree.right.op, ast.Mult)


def test_right_recursion_through_memoized_rule(toy):
    tree = toy_parse(toy, "2 ** 3 ** 4")
    assert isinstance(tree.right, ast.BinOp) and tree.left.value == 2


def test_left_recursion_through_a_cycle_of_rules(toy):
    tree = toy_parse(toy, "a.b.c")
    assert ast.unparse(tree) == "a.b.c"
    assert tree.attr == "c" and tree.value.attr == "b"


def test_positions_from_extra(toy):
    tree = toy_parse(toy, "(1 + 2) * 3")
    assert (tree.lineno, tree.col_offset, tree.end_lineno, tree.end_col_offset) == (1, 0, 1, 11)
    assert (tree.left.col_offset, tree.left.end_col_offset) == (1, 6)


def test_gather_with_trailing_separator(toy):
    tree = toy_parse(toy, "[1, 2, 3,]")
    assert [e.value for e in tree.elts] == [1, 2, 3]


def test_cut_commits_to_the_alternative(toy):
    assert toy_parse(toy, "{ 1 }").value == 1
    # After '{' and the cut, a failure does not fall back to the next alternative.
    assert toy_parse(toy, "{ }") is None


def test_negative_lookahead_and_soft_keyword(toy):
    assert toy_parse(toy, "soft : 5").elts[0].value == 5
    assert toy_parse(toy, "x").id == "x"


def test_forced_token_raises(toy):
    with pytest.raises(SyntaxError, match="expected ':'"):
        toy_parse(toy, "soft 5")


def test_action_giving_none_makes_the_rule_fail():
    toy = toy_parser(HEADER + """
file: a=thing NEWLINE? ENDMARKER { a }
thing:
    | n=NAME { None if n.id == 'skip' else n }
    | NAME { Constant('second alternative', None) }
""")
    assert toy_parse(toy, "x").id == "x"
    # The first alternative matched and said None: the rule fails at once.
    assert toy_parse(toy, "skip") is None


def test_metagrammar_errors():
    with pytest.raises(GrammarError):
        parse_grammar("rule: 'a' |\n")
    with pytest.raises(GrammarError):
        parse_grammar("rule: ( 'a'\n")
    with pytest.raises(GrammarAnalysisError, match="unknown"):
        analyze(parse_grammar("rule: undefined_rule\n"))


def test_first_sets_and_nullable():
    analysis = analyze(parse_grammar("a: b* 'x' | 'y'\nb: '+' | '-'\nc: b*\n"))
    assert analysis.nullable["c"] and not analysis.nullable["a"]
    assert analysis.first["b"] == {14, 15}        # '+' and '-'
    assert analysis.first["a"] == {14, 15, analysis.keywords["x"], analysis.keywords["y"]}
