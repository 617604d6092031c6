"""``tokenize_for_parser``: the tokens CPython's parser reads, and compile()'s errors."""

import ast
import token
import warnings

import pytest

from clearpy.corpus import corpus_sample
from clearpy.tokenizer import tokenize_for_parser
from token_oracle import compile_error, parser_mode_error


def kinds(source):
    return [(token.tok_name[t.type], t.string) for t in tokenize_for_parser(source)]


def test_no_comments_or_blank_lines_and_exact_types():
    assert kinds("# c\n\nx = (1) # d\n") == [
        ("NAME", "x"), ("EQUAL", "="), ("LPAR", "("), ("NUMBER", "1"), ("RPAR", ")"),
        ("NEWLINE", "# d"), ("ENDMARKER", "")]


def test_async_await_and_old_not_equal_have_their_own_types():
    assert kinds("async def f(): await x <> y $\n")[:8] == [
        ("ASYNC", "async"), ("NAME", "def"), ("NAME", "f"), ("LPAR", "("), ("RPAR", ")"),
        ("COLON", ":"), ("AWAIT", "await"), ("NAME", "x")]
    assert kinds("a <> b $\n")[1] == ("NOTEQUAL", "<>")
    assert kinds("a <> b $\n")[3] == ("OP", "$")


def test_indent_dedent_endmarker_have_no_columns():
    tokens = list(tokenize_for_parser("if x:\n    y\n"))
    indent, dedent, end = tokens[4], tokens[-2], tokens[-1]
    assert (indent.type, indent.start, indent.end) == (token.INDENT, (2, -1), (2, -1))
    assert (dedent.type, dedent.start) == (token.DEDENT, (2, -1))
    assert (end.type, end.start) == (token.ENDMARKER, (2, -1))
    assert list(tokenize_for_parser(""))[0][:3] == (token.ENDMARKER, "", (0, -1))


def test_columns_are_utf8_bytes_like_ast():
    source = "é = 'ü' + ñ\n"
    names = [t for t in tokenize_for_parser(source) if t.type == token.NAME]
    nodes = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Name)]
    assert sorted(t.start for t in names) == sorted((n.lineno, n.col_offset) for n in nodes)
    assert names[0].end == (1, 2)


def test_newlines_are_read_as_compile_reads_them():
    tokens = list(tokenize_for_parser("a\rb\r\nc"))
    assert [t.start[0] for t in tokens if t.type == token.NAME] == [1, 2, 3]


def test_fstring_doubled_braces_end_after_the_second_brace():
    middles = [t for t in tokenize_for_parser('f"a{{b}}c"\n') if t.type == token.FSTRING_MIDDLE]
    assert [(t.string, t.start, t.end) for t in middles] == [
        ("a{", (1, 2), (1, 5)), ("b}", (1, 5), (1, 8)), ("c", (1, 8), (1, 9))]


@pytest.mark.parametrize("path", corpus_sample(12, seed=7), ids=lambda p: p.name)
def test_positions_agree_with_ast_on_stdlib_files(path):
    """Every ast Name and number starts and ends where a parser-mode token does."""
    data = path.read_bytes()
    try:
        tree = ast.parse(data)
    except SyntaxError:
        pytest.skip("CPython rejects this file")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        spans = {(t.type, t.start, t.end) for t in tokenize_for_parser(data)}
    for node in ast.walk(tree):
        where = ((node.lineno, node.col_offset), (node.end_lineno, node.end_col_offset)) \
            if hasattr(node, "lineno") else None
        if isinstance(node, ast.Name):
            assert (token.NAME, *where) in spans, ast.dump(node)
        elif isinstance(node, ast.Constant) and type(node.value) in (int, float, complex):
            if node.end_col_offset > node.col_offset:
                assert (token.NUMBER, *where) in spans, ast.dump(node)


ENCODING_ERRORS = [
    b"# coding: foo\nx\n",
    b"\xef\xbb\xbf# coding: latin-1\nx\n",
    b"# coding: ascii\nx = '\xe9'\n",
    b"\xff = 1\n",
    b"a\xff = 1\n",
    b"\xc3\xa9\\{x\n",
    b"x = (\xc3\xa9\n",
    "x\0".encode(),
    "x\0",
    "x = '\ud800'\n",
]


@pytest.mark.parametrize("source", ENCODING_ERRORS)
def test_source_reading_errors_are_compiles(source):
    expected = compile_error(source)
    assert expected is not None
    assert parser_mode_error(source) == expected


def test_filename_is_reported():
    assert parser_mode_error("x = 'a\n", "spam.py")[2] == "spam.py"
    assert compile_error("x = 'a\n", "spam.py")[2] == "spam.py"


def test_pegen_built_errors_carry_the_tokenizer_state():
    def raised(source):
        with pytest.raises(SyntaxError) as info:
            list(tokenize_for_parser(source))
        return getattr(info.value, "tokenizer_state", "missing")

    assert raised("x = (\n") == "EOF"
    assert raised("x = 1 \\ y\n") == "LINECONT"
    assert raised("if x:\n    y\n  z\n") == "DEDENT"
    assert raised("x = 'abc\n") is None


@pytest.mark.parametrize("source, message", [
    ("x = 1if y else 2\n", "invalid decimal literal"),
    ("x = 0x1for x in y\n", "invalid hexadecimal literal"),
    ('f"\\{x}"\n', "invalid escape sequence '\\{'"),
])
def test_warnings_are_compiles_and_become_errors_like_compiles(source, message):
    def warned(run):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            run()
        return [(str(w.message), w.category, w.lineno) for w in caught]

    expected = warned(lambda: compile(source, "<test>", "exec"))
    assert expected and expected[0][0] == message
    assert warned(lambda: list(tokenize_for_parser(source, "<test>"))) == expected
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert parser_mode_error(source) == compile_error(source)


def test_errors_say_whether_inside_an_fstring_and_which_bracket_is_open():
    with pytest.raises(SyntaxError) as info:
        list(tokenize_for_parser("x = [1,\n  2 \\ 3]\n"))
    assert info.value.tokenizer_state == "LINECONT"
    assert info.value.in_fstring is False
    unclosed = info.value.unclosed_bracket
    assert (unclosed.msg, unclosed.lineno, unclosed.offset) == ("'[' was never closed", 1, 5)
    assert error_of("x = [1,\n") == compile_error("x = [1,\n")
    with pytest.raises(SyntaxError) as info:
        list(tokenize_for_parser("f'{x!'\n"))
    assert info.value.in_fstring is True


def error_of(source):
    return parser_mode_error(source)


@pytest.mark.parametrize("mode", ["eval", "single"])
@pytest.mark.parametrize("source", ["x \\", "(1", "'abc", "1 +\\\n", "f'{x", "x \\\n", "f'{x:a",
                                    "[1,\n  2 \\ 3]", "[1, 2)", "1abc", "f'{x:{y}=="])
def test_eval_and_single_modes_end_at_the_last_line(source, mode):
    """compile() adds no newline in these modes: a trailing backslash is then
    "unexpected character", not "unexpected EOF"."""
    expected = compile_error(source, mode=mode)
    assert expected is not None
    assert parser_mode_error(source, mode=mode) == expected


def test_eval_mode_has_no_newline_token_without_a_newline():
    assert kinds_in("x + 1", "eval")[-2:] == [("NUMBER", "1"), ("ENDMARKER", "")]
    assert kinds_in("x + 1\n", "eval")[-2:] == [("NEWLINE", ""), ("ENDMARKER", "")]
    assert kinds_in("x + 1", "exec")[-2:] == [("NEWLINE", ""), ("ENDMARKER", "")]


def kinds_in(source, mode):
    return [(token.tok_name[t.type], t.string) for t in tokenize_for_parser(source, mode=mode)]


def cpython_parser_mode_tokens(source: str) -> list:
    """(type, string) of each token CPython's C tokenizer gives its parser, read
    through the private ``_tokenize`` module (as compile() reads: newlines
    translated, a final newline added)."""
    import io

    import _tokenize

    text = source.replace("\r\n", "\n").replace("\r", "\n")
    if text and not text.endswith("\n"):
        text += "\n"
    return [(kind, string) for kind, string, *_ in
            _tokenize.TokenizerIter(io.StringIO(text).readline, extra_tokens=False)]


VALID_FOR_THE_PARSER = [
    "async def f():\n    await x  # wait\n    return [i async for i in y]\n",
    "x = {'a': 1, **b} <> c\n",
    "if x:\n    # comment line\n\n    y = 1  # trailing\n",
    'f"{x!r:>{w}} {{b}} {y=}"\n',
    "a @= b ** -c // d >>= e\n",
    "lambda *a, **k: (yield)\n",
    "class C(B, metaclass=M):\n\tdef f(self): ...\n",
    "x = 1 \\\n    + 2\n",
    "é = 'ü'\n",
]


@pytest.mark.parametrize("source", VALID_FOR_THE_PARSER)
def test_types_and_strings_are_the_c_tokenizers(source):
    assert [(t.type, t.string) for t in tokenize_for_parser(source)] == \
        cpython_parser_mode_tokens(source)


@pytest.mark.parametrize("path", corpus_sample(8, seed=12), ids=lambda p: p.name)
def test_types_and_strings_are_the_c_tokenizers_on_stdlib_files(path):
    source = path.read_bytes().decode("utf-8", "replace")
    if compile_error(source) is not None:
        pytest.skip("CPython rejects this file")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ours = [(t.type, t.string) for t in tokenize_for_parser(source)]
        assert ours == cpython_parser_mode_tokens(source)
