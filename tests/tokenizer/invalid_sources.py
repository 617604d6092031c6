"""Sources CPython's tokenizer rejects, grouped by what is wrong with them.

Every entry is checked against the running CPython: ``tokenize`` must reject
it (tests/tokenizer/test_errors.py) and clearpy must fail the same way, after
the same tokens. The parser-mode tests also compare them with ``compile()``.
"""

UNTERMINATED_STRINGS = [
    'x = "abc\n',
    "x = 'abc\n",
    "'abc",
    '"abc\\"\n',
    "x = 'a\\\nb\n",
    "x = 'a\\\n",
    'b"abc\n',
    "rb'abc\n",
    "u'\n",
    "x = (\n'abc\n)\n",
    "'''abc\n",
    '"""abc\ndef\n',
    'x = """abc\n\n\n',
    "'''a''\n",
    'x = """é\nabc',
    "def f():\n    '''doc\n",
    '"""\\"""\n',
    "r'\\'\n",
    "'\\\r\n",
    "'abc\r\n",
]

UNTERMINATED_FSTRINGS = [
    'f"abc\n',
    "f'{x}\n",
    'x = f"abc\n',
    'f"""abc\n',
    "f'''{x}\n\n",
    'rf"abc\n',
    'f"{x!r}\n',
    'f"{x:>10\n',
    'f"a{{b\n',
    'f"{"\n',
    "f'{'\n",
    "f'''{'''\n",
    'f"{x\n',
    'f"{x # c}"\n',
    'f"{f"{x"}"\n',
    'f"{x:{y}\n',
    'f"\\N{x\n',
    'f"""{x\n',
    "f'{x:\n",
    'f"{x}}}\n',
]

FSTRING_STRUCTURE = [
    'f"}"\n',
    'f"a}b"\n',
    'f"{x}}"\n',
    'f"{x:{y:{z:{w}}}}"\n',
    'f"{)}"\n',
    'f"{x)}"\n',
    'f"{]}"\n',
    "f'{x:}}'\n",
    'f"{x!}}"\n',
    "f'{x]'\n",
    "f'{(x}'\n",
    "rf'\\{)\n\t${'\n",
]

INDENTATION = [
    "if x:\n    y\n  z\n",
    "if x:\n  y\n    z\n w\n",
    "def f():\n\tif x:\n        y\n",
    "if x:\n\ty\n        z\n",
    "if x:\n        y\n\tz\n",
    "if x:\n \ty\n\t z\n",
    "if 1:\n  x\n \\\n  y\n",
    "class C:\n    def f(self):\n        pass\n   x\n",
    "if x:\n\t\ty\n  \t z\n",
    "if x:\n  y\n\x0c z\n",
    "".join(" " * i + "if x:\n" for i in range(101)),
    "if x:\n  \ty\n        z\n",
]

BRACKETS_AT_EOF = [
    "x = (1,\n",
    "(\n",
    "[1, 2\n",
    "{\n",
    "foo(a,\n    b\n",
    "x = [\n  1,\n  2,\n",
    "print(f'{x}'\n",
    "x = (\n# comment\n",
    "(((",
    "def f(\n",
]

CONTINUATION = [
    "x = 1 + \\\n",
    "x = 1 \\ y\n",
    "x = \\ 1\n",
    "\\x\n",
    "x = 1 \\\\\n",
    "if x:\n  \\\n",
    "x = 1 + \\",
    'x = "é" \\ y\n',
    "x \\\ny \\ z\n",
    "x = 1\\#\n",
    "\\\n",
    "  \\\n",
]

NUMBERS = [
    "1_\n",
    "1__0\n",
    "0x\n",
    "0xg\n",
    "0x_\n",
    "0x1__2\n",
    "0o\n",
    "0o8\n",
    "0o1_8\n",
    "0b\n",
    "0b2\n",
    "0b1_2\n",
    "0_\n",
    "0_x\n",
    "1e+\n",
    "1e-x\n",
    "1.5_\n",
    "1_000_\n",
    "0o7_\n",
    "0b1__0\n",
    ".5_\n",
    "1e1_\n",
    "0e+\n",
]

CHARACTERS = [
    "a\x01b\n",
    "x = 1\x7f\n",
    "\x0b\n",
    "x\x1b\n",
    "a\r\tb\n",
    "a\r\r\n",
    "x = 1\x00\n",
    "x\n\x00\n",
    "if x:\n  y\n\x00",
    "x = (\n\x00\n",
    'x = """\n\x00\n',
    "a\r€\n",
    "a\r\x0b\n",
]

NESTING = [
    "(" * 201,
    "[" * 199 + "(((" ,
    "f'{" * 151,
]

ALL = (UNTERMINATED_STRINGS + UNTERMINATED_FSTRINGS + FSTRING_STRUCTURE + INDENTATION
       + BRACKETS_AT_EOF + CONTINUATION + NUMBERS + CHARACTERS + NESTING)

# Rejected only by the parser's view of the tokenizer (compile()), not by tokenize.
PARSER_ONLY = [
    "1abc\n",
    "0777\n",
    "00007\n",
    "0_7\n",
    "0x1g\n",
    "0o17x\n",
    "0b101z\n",
    "1.5abc\n",
    "1e5x\n",
    "1jx\n",
    "1_000abc\n",
    "x = 1e\n",
    "a€\n",
    "€\n",
    "x = a\u00a0b\n",
    "x = \u200b\n",
    "π€ = 1\n",
    "x = 1\u0663\n",
    ".5\u0663\n",
    "x)\n",
    "x]\n",
    "}\n",
    "(]\n",
    "[)\n",
    "{)\n",
    "(\n]\n",
    "f'{x(]}'\n",
    "f'{[x)}'\n",
    "foo(]\n",
    "x = [1, 2)\n",
    "\ufeffx = 1\n",
]
