"""The regular expressions the state machine uses to find tokens quickly.

CPython's C tokenizer reads one character at a time. Doing that in Python
would be slow (a function call per character), so clearpy lets the ``re``
engine, which is written in C, find the end of each common token in one call.
Each pattern below matches *exactly* the characters the C tokenizer would
consume for that token; anything unusual (an error, a quirk) falls out of the
fast patterns and is handled character by character in the state machine.

Possessive quantifiers (``*+``, ``?+``) are used so that the engine never
backtracks into a different, shorter reading of the same text: the C
tokenizer never backtracks either.
"""

import re
from functools import cache

# Characters the C tokenizer treats as part of a name: ASCII letters, digits,
# underscore, and every non-ASCII character (it looks at UTF-8 bytes >= 128;
# whether they form a valid identifier is checked later, and only for the parser).
NAME_START = r"A-Za-z_\x80-\U0010ffff"
NAME_CHAR = r"A-Za-z0-9_\x80-\U0010ffff"

# A well-formed number. Whether the number really ends where this pattern
# stops is decided by looking at the next character (see ``NUMBER_CONTINUES``).
# Digits are ASCII only ([0-9], not \d, which would take in '٣' and other
# Unicode digits: for the tokenizer those are name characters).
NUMBER = r"""
    0[xX](?:_?[0-9a-fA-F])++
  | 0[oO](?:_?[0-7])++
  | 0[bB](?:_?[01])++
  | (?: [0-9](?:_?[0-9])*+ (?:\.(?:[0-9](?:_?[0-9])*+)?)? | \.[0-9](?:_?[0-9])*+ )
    (?: [eE][+-]?[0-9](?:_?[0-9])*+ )?
    [jJ]?
"""

# Operators, longest first. Brackets are separate groups because they change
# the nesting level. '<>' is an old spelling of '!=' that the tokenizer still
# reads as one token.
OPERATOR = r"""
    \*\*= | //= | >>= | <<= | \.\.\. | -> | := | \*\* | // | << | >> | <>
  | [-+*/%&|^@=!<>]=
  | [-+*/%&|^~<>=.,:;@!]
"""

# One token in the normal (not f-string text) mode, after optional blanks.
# ``match.lastindex`` says which kind of token was found.
NORMAL_TOKEN = re.compile(rf"""
    [ \t\f]*+
    (?:
        ( (?:[rR][bBfF]?|[bBfF][rR]?|[uU]) (?=['"]) )   # 1: a string prefix before its quote
      | ( [{NAME_START}][{NAME_CHAR}]*+ )                # 2: a name
      | ( {NUMBER} )                                     # 3: a number
      | ( {OPERATOR} )                                   # 4: an operator
      | ( [(\[{{] )                                      # 5: an opening bracket
      | ( [)\]}}] )                                      # 6: a closing bracket
      | ( \r?\n )                                        # 7: the end of a line
      | ( ['"] )                                         # 8: the quote of a plain string
      | ( \#[^\r\n]*+ )                                  # 9: a comment
      | ( [\s\S] )                                       # 10: anything else, one character
    )
""", re.VERBOSE)

# Just an operator, at a given position (no blanks skipped).
OPERATOR_AT = re.compile(OPERATOR, re.VERBOSE)

PREFIX, NAME, NUMBER_TOKEN, OPERATOR_TOKEN, OPEN, CLOSE, NEWLINE, QUOTE, COMMENT, OTHER = range(1, 11)

# After a well-formed number, one of these characters means the C tokenizer
# would read on (and perhaps report an error): the careful reader decides.
NUMBER_CONTINUES = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.")

# Blanks at the start of a line (the indentation).
INDENTATION = re.compile(r"[ \t\f]*+")

# The rest of a string after its opening quote(s), up to and including the
# closing quote(s). A backslash escapes the next character; a backslash and a
# carriage return escape the character after both (the C reader's rule).
_SINGLE_QUOTED_BODY = r"[^{q}\\\n]*+(?:\\\r?+[\s\S][^{q}\\\n]*+)*+{q}"
_TRIPLE_QUOTED_BODY = r"[^{q}\\]*+(?:(?:\\\r?+[\s\S]|{q}(?!{q}{q}))[^{q}\\]*+)*+{q}{q}{q}"

STRING_BODY = {
    ("'", 1): re.compile(_SINGLE_QUOTED_BODY.format(q="'")),
    ('"', 1): re.compile(_SINGLE_QUOTED_BODY.format(q='"')),
    ("'", 3): re.compile(_TRIPLE_QUOTED_BODY.format(q="'")),
    ('"', 3): re.compile(_TRIPLE_QUOTED_BODY.format(q='"')),
}


# The fast path for the most common strings: on one line, no carriage return,
# not triple-quoted (the caller checks that). Anything else takes the exact path.
ONE_LINE_STRING_BODY = {
    q: re.compile(rf"[^{q}\\\n\r]*+(?:\\[^\n\r][^{q}\\\n\r]*+)*+{q}") for q in "'\""
}

# Leading spaces of a line (the fast path for indentation: spaces only).
SPACES = re.compile(r" *+")


@cache
def fstring_text(quote: str, quote_size: int) -> re.Pattern:
    """Plain characters of an f-string's text: up to a quote, brace or backslash
    (and, in a single-quoted f-string, the end of the line)."""
    newline = r"\n" if quote_size == 1 else ""
    return re.compile(rf"[^{quote}{{}}\\{newline}]*+")
