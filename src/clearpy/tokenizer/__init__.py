"""Stage 1 of clearpy: the tokenizer, from source text to tokens.

Before Python can understand ``print("Hello, World!")`` it cuts the text into
*tokens*, the words and punctuation of the language: the NAME ``print``, the
OP ``(``, the STRING ``"Hello, World!"``, the OP ``)``, then NEWLINE and
ENDMARKER. clearpy's tokenizer produces exactly the tokens CPython 3.12 does.

Two entry points, one state machine (``machine.Tokenizer``) underneath:

``tokenize(source)``
    What the ``tokenize`` module gives: for ``str`` the stream of
    ``tokenize.generate_tokens(io.StringIO(source).readline)``, for ``bytes``
    the stream of ``tokenize.tokenize(io.BytesIO(source).readline)`` (which
    starts with an ENCODING token). Comments and blank lines are tokens
    (COMMENT, NL), operators have the type OP, errors are raised as
    ``tokenize`` raises them (``TokenError``, ``IndentationError``, ...).

``tokenize_for_parser(source, filename="<string>", mode="exec")``
    What CPython's parser gets from the same C tokenizer when ``compile()``
    reads ``source``: no COMMENT or NL tokens, exact operator types (LPAR,
    PLUS ...), ASYNC and AWAIT for ``async`` and ``await``, columns counted in
    UTF-8 bytes like the ``ast`` module's, and errors raised exactly as
    ``compile()`` raises them. See ``for_parser.py``.

The modules, one concept each: ``encoding`` (BOM and coding cookies),
``source`` (bytes or str to the text the machine reads), ``patterns`` (the
regular expressions), ``machine`` (the state machine), ``numbers`` (number
literals), ``errors`` (how errors are reported), ``for_parser`` (the
parser's view), ``tokens`` (token types).
"""

from collections.abc import Iterator
from itertools import chain
from tokenize import TokenError  # noqa: F401  (part of the API: raised for bad input)

from clearpy.tokenizer.tokens import ENCODING, TokenInfo


def tokenize(source: str | bytes) -> Iterator[TokenInfo]:
    """The tokens of ``source``, exactly as CPython 3.12's ``tokenize`` module gives them.

    >>> [token.string for token in tokenize("x = 1")]
    ['x', '=', '1', '', '']
    """
    from clearpy.tokenizer.machine import Tokenizer
    from clearpy.tokenizer.source import from_text

    if isinstance(source, str):
        return iter(Tokenizer(from_text(source)))
    if not isinstance(source, (bytes, bytearray, memoryview)):
        raise TypeError(f"tokenize() argument must be str or bytes, not {type(source).__name__}")
    return _from_bytes(bytes(source), None)


def _from_bytes(data: bytes, filename: str | None) -> Iterator[TokenInfo]:
    """ENCODING, then the tokens; bad encoding declarations fail on the first ``next()``."""
    from clearpy.tokenizer.machine import Tokenizer
    from clearpy.tokenizer.source import from_bytes

    def parts():
        encoding, text = from_bytes(data, filename)
        yield (TokenInfo(ENCODING, encoding, (0, 0), (0, 0), ""),)
        yield Tokenizer(text)

    # Speed: chain() hands out the machine's tokens without a Python-level
    # generator in between.
    return chain.from_iterable(parts())


def tokenize_file(data: bytes, filename: str) -> Iterator[TokenInfo]:
    """Like ``tokenize(data)`` for the contents of file ``filename``: errors
    about the encoding declaration name the file, as ``tokenize`` does for a
    real file."""
    return _from_bytes(data, filename)


def tokenize_for_parser(source: str | bytes, filename: str = "<string>",
                        mode: str = "exec") -> Iterator[TokenInfo]:
    """The tokens CPython's parser reads from ``source`` when ``compile(source,
    filename, mode)`` runs (see ``for_parser``)."""
    from clearpy.tokenizer.for_parser import parser_tokens

    return parser_tokens(source, filename, mode)


__all__ = ["tokenize", "tokenize_file", "tokenize_for_parser", "TokenInfo", "TokenError"]
