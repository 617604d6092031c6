"""Token types: the numbers CPython gives each kind of token.

clearpy produces CPython's own artifact, so token types are the numbers of
the standard library's ``token`` module and tokens are ``tokenize.TokenInfo``
tuples: ``(type, string, (start_row, start_col), (end_row, end_col), line)``.

In the ``tokenize`` module's view every operator has the generic type ``OP``
(``TokenInfo.exact_type`` recovers ``LPAR``, ``PLUS``, ...). The parser wants
the exact type straight away; ``OPERATOR_TYPES`` maps an operator's text to it,
exactly as CPython's C tokenizer does (Parser/token.c), which also knows the
historical ``<>`` spelling of ``!=``.
"""

import token as _token
from tokenize import TokenInfo  # noqa: F401  (re-exported: the token tuple)

ENDMARKER = _token.ENDMARKER
NAME = _token.NAME
NUMBER = _token.NUMBER
STRING = _token.STRING
NEWLINE = _token.NEWLINE
INDENT = _token.INDENT
DEDENT = _token.DEDENT
OP = _token.OP
NOTEQUAL = _token.NOTEQUAL
FSTRING_START = _token.FSTRING_START
FSTRING_MIDDLE = _token.FSTRING_MIDDLE
FSTRING_END = _token.FSTRING_END
COMMENT = _token.COMMENT
NL = _token.NL
ERRORTOKEN = _token.ERRORTOKEN
ENCODING = _token.ENCODING

tok_name = _token.tok_name

# Operator text -> exact token type, as the C tokenizer assigns it. Any other
# punctuation character ('$', '?', '`') is a token of the generic type OP.
OPERATOR_TYPES: dict[str, int] = {**_token.EXACT_TOKEN_TYPES, "<>": NOTEQUAL}


def exact_type(string: str) -> int:
    """The exact type of an operator token's text (OP for unknown punctuation)."""
    return OPERATOR_TYPES.get(string, OP)
