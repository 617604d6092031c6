"""Sources ``tokenize`` accepts: clearpy gives the same tokens, quirks included.

Each case is tokenized as ``str`` (``generate_tokens``) and as UTF-8 ``bytes``
(``tokenize``, with its ENCODING token) by CPython and by clearpy.
"""

import pytest

from token_oracle import clearpy_stream, cpython_stream

CASES = {
    "hello": 'print("Hello, World!")\n',
    "no final newline": "x = 1",
    "empty": "",
    "only a newline": "\n",
    "blank lines": "\n\n  \n\t\n",
    "indent and dedent": "if x:\n    y\n    if z:\n        w\nv\n",
    "dedents at end of file": "def f():\n    if x:\n        return 1",
    "comment lines keep indentation": "if x:\n    y\n# c\n        # d\n    z\n",
    "NL inside brackets": "x = (1,\n     2)\n",
    "comment then newline": "x = 1  # comment\n",
    "comment at end without newline": "x = 1  # comment",
    "comment only file": "# just a comment",
    "continuation": "x = 1 + \\\n    2\n",
    "continuation in indentation": "if 1:\n  x\n  \\\n  y\n",
    "continuation then blank line": "x = 1 \\\n\ny\n",
    "CRLF": "if x:\r\n    y\r\n",
    "CRLF blank line": "x\r\n\r\ny\r\n",
    "lone CR inside a line": "a\rb\n",
    "lone CR at the end": "a\r",
    "lone CR before digit": "x = \r1\n",
    "lone CR before string": "x = \r'a'\n",
    "lone CR before dot": "x\r.y\n",
    "lone CR before operator": "a\r== b\n",
    "lone CR before bracket": "f\r(x)\n",
    "lone CR in comment": "# a\rb\n",
    "lone CR then continuation": "\t\r\\\n\t1.5\n",
    "form feed": "\x0cx = 1\n",
    "form feed resets indentation": "if x:\n    y\n\x0c    z\n",
    "tabs": "if x:\n\ty\n\tif z:\n\t\tw\n",
    "tab after spaces": "if x:\n    \ty\n    \tz\n",
    "non-ASCII names": "café = naïve + π\n",
    "non-ASCII in tokenize mode is a NAME": "€ = a\u00a0b\n",
    "non-ASCII digits are name characters": "x = 1\u0663 + \u0663 + .5\u0663\n",
    "decimal numbers": "0 1 123 1_000_000 007 0_0\n",
    "floats": "1. .5 1.5 1e10 1E-5 1.5e+3 1_0.0_1e1_0\n",
    "imaginary": "1j 1.5J 1e3j .5j\n",
    "hex octal binary": "0xff 0XAB_CD 0o17 0O7_7 0b1010 0B1_0\n",
    "numbers running into names": "1abc 0x1g 1if 1else 0o7x\n",
    "number then e": "1e 1.e 1.5e_1\n",
    "number then dot": "1..real 1.__class__\n",
    "leading zeros": "0777 00\n",
    "all operators": "+ - * ** / // % @ << >> & | ^ ~ := < > <= >= == != -> . ... , : ; = += -= *= /= //= %= @= &= |= ^= >>= <<= **=\n",
    "old not-equal": "a <> b\n",
    "exclamation and dollar": "a!b $c ?d `e`\n",
    "strings": "'a' \"b\" '''c''' \"\"\"d\"\"\" '' \"\"\n",
    "string prefixes": "b'a' r'b' u'c' br'd' Rb'e' BR'f' rB'g'\n",
    "not prefixes": "ur'x' bu'y' fb'z'\n",
    "escaped quotes": "'a\\'b' \"c\\\"d\"\n",
    "string continued with backslash": "x = 'a\\\nb'\n",
    "triple-quoted over lines": 'x = """a\nb\nc""" + y\n',
    "triple-quoted with quotes inside": "'''a''b'c''' '''''' '''''a'''\n",
    "non-ASCII string over lines": 'x = """é\nàé"""\n',
    "f-string": 'f"a{b}c"\n',
    "f-string escaped braces": 'f"a{{b}}c{{"\n',
    "f-string conversion and spec": 'f"{x!r:>{w}} {y=}"\n',
    "f-string nested format spec": 'f"{x:{y}d}"\n',
    "f-string nested same quotes": 'f"{f"{x}"}"\n',
    "f-string string inside": 'f"{"a"}"\n',
    "f-string in format spec with braces": 'f"{x:{{}}}"\n',
    "f-string empty middle": 'f"{x:{y}}"\n',
    "f-string walrus is a format spec": 'f"{x:=5}"\n',
    "f-string not-equal": 'f"{x!=y}"\n',
    "f-string dict in expression": 'f"{ {1: 2}[1] }"\n',
    "f-string slice": 'f"{a[1:2]}"\n',
    "f-string lambda in parens": 'f"{(lambda x: x)(1)}"\n',
    "f-string triple over lines": 'f"""a\nb{x}c\nd"""\n',
    "f-string expression over lines": 'f"""{\nx\n}"""\n',
    "f-string comment in expression": 'f"""{x # c\n}"""\n',
    "f-string newline in single-quoted field": 'f"{x\n}"\n',
    "f-string format spec ended by newline": 'f"{x:\n}"\n',
    "f-string named unicode escape": 'f"\\N{BULLET} x{y}"\n',
    "raw f-string with backslash brace": 'rf"\\{x}"\n',
    "f-string backslash brace warns": 'f"\\{x}"\n',
    "f-string all prefixes": "f'a' F'b' rf'c' fR'd' Rf'e' FR'f'\n",
    "f-string closing brackets early": "f'{x)(}'\n",
    "async and await are names": "async def f():\n    await x\n",
    "type comment is a comment": "x = 1  # type: int\n",
    "soft keywords": "match x:\n    case 1: pass\ntype X = int\n",
    "deep nesting": "(" * 150 + ")" * 150 + "\n",
    "deep indentation": "".join(" " * i + "if x:\n" for i in range(99)) + " " * 99 + "y\n",
    "unicode line with tabs": "if x:\n\tµ = 1\n",
}


@pytest.mark.parametrize("source", CASES.values(), ids=CASES.keys())
def test_str_tokens_match_cpython(source):
    assert clearpy_stream(source) == cpython_stream(source)


@pytest.mark.parametrize("source", CASES.values(), ids=CASES.keys())
def test_bytes_tokens_match_cpython(source):
    data = source.encode("utf-8")
    assert clearpy_stream(data) == cpython_stream(data)


def test_every_case_is_accepted_by_cpython():
    """The cases above are the valid ones: CPython tokenizes them without error."""
    for name, source in CASES.items():
        assert cpython_stream(source)[-1][0] != "raised", name


def test_tokens_are_tokeninfo_tuples():
    import tokenize

    import clearpy

    tokens = list(clearpy.tokenize("x = (1)\n"))
    assert all(isinstance(token, tokenize.TokenInfo) for token in tokens)
    assert [token.exact_type for token in tokens][:5] == [1, 22, 7, 2, 8]


def test_only_text_or_bytes_can_be_tokenized():
    import pytest as _pytest

    import clearpy
    from clearpy.tokenizer import tokenize_for_parser

    with _pytest.raises(TypeError):
        clearpy.tokenize(123)
    with _pytest.raises(TypeError):
        tokenize_for_parser(["x = 1"])
    assert list(clearpy.tokenize(bytearray(b"x"))) == list(clearpy.tokenize(b"x"))
