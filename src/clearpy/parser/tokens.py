"""Token types as the parser sees them: small integers.

The parser never looks at token objects. It works on parallel lists (see
``token_arrays.py``) whose first list holds one integer type per token, so
that "is the next token a ':'?" is a single list index and an integer
comparison.

The numbers are CPython's own (``token.NAME == 1``, ``token.COLON == 11`` ...),
with each operator getting its exact type (``+=`` is PLUSEQUAL, not OP), as the
C tokenizer delivers them to CPython's parser. Keywords get types of their own
from ``FIRST_KEYWORD_TYPE`` on; which words are keywords is decided by the
grammar, and the generated parser exports the table as ``KEYWORDS``.
"""

import token as _token

# The types the tokenizer gives (the same numbers as CPython's ``token`` module).
from clearpy.tokenizer.tokens import (  # noqa: F401  (re-exported for the parser)
    COMMENT, DEDENT, ENDMARKER, ERRORTOKEN, FSTRING_END, FSTRING_MIDDLE, FSTRING_START, INDENT,
    NAME, NEWLINE, NL, NUMBER, OP, OPERATOR_TYPES, STRING,
)

TYPE_IGNORE = _token.TYPE_IGNORE
TYPE_COMMENT = _token.TYPE_COMMENT
ASYNC = _token.ASYNC   # 'async' and 'await' have token types of their own in 3.12
AWAIT = _token.AWAIT
LPAR, RPAR = _token.LPAR, _token.RPAR
LSQB, RSQB = _token.LSQB, _token.RSQB
LBRACE, RBRACE = _token.LBRACE, _token.RBRACE
OPENING_BRACKETS = frozenset({LPAR, LSQB, LBRACE})
CLOSING_BRACKETS = frozenset({RPAR, RSQB, RBRACE})

# Keyword types are allocated by the grammar analysis from here on.
FIRST_KEYWORD_TYPE = 100

# The token before which the tokenizer failed: it matches nothing, and reading
# it in the error pass raises the tokenizer's error (see ``token_arrays.py``).
TOKENIZER_ERROR = -1

# NEWLINE, INDENT and DEDENT carry no text a node could end with: a node's end
# position is the end of the last token before them (CPython's
# _PyPegen_get_last_nonnwhitespace_token).
WHITESPACE_TYPES = frozenset({ENDMARKER, NEWLINE, INDENT, DEDENT})


def type_name(token_type: int) -> str:
    """A readable name for a token type, for error messages and debugging."""
    return _token.tok_name.get(token_type, f"KEYWORD_{token_type}")
