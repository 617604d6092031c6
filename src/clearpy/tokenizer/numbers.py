"""Reading a number literal character by character, with CPython's errors.

The state machine reads ordinary numbers with one regular expression
(``patterns.NUMBER``). When the character after such a match could change the
outcome (``1_``, ``0x``, ``0o8``, ``1e+``, ``1if``, ``0777`` ...), it calls
``read_number`` instead, which follows the C tokenizer's number reader step by
step so that the token ends, and the error is reported, exactly where CPython
says:

* decimal ``1_000``, float ``1.5e-3``, imaginary ``2j``, hex ``0xff``, octal
  ``0o17``, binary ``0b1010``; underscores only between digits;
* ``invalid decimal literal``, ``invalid hexadecimal literal``,
  ``invalid digit '8' in octal literal`` ...;
* in parser mode only: a number running into a name (``1abc``) is an error,
  and running into a keyword (``1if x else y``) a ``SyntaxWarning``; a
  decimal integer with leading zeros (``0777``) is an error.
  The ``tokenize`` module is lenient there: ``1abc`` is NUMBER ``1`` and NAME ``abc``.
"""

from clearpy.tokenizer import errors

_DIGITS = "0123456789"
_HEX_DIGITS = "0123456789abcdefABCDEF"
_NAME_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def is_name_char(c: str) -> bool:
    """The C tokenizer's ``is_potential_identifier_char``: ASCII letters, digits,
    underscore, and any non-ASCII character."""
    return c in _NAME_ASCII or c >= "\x80"


class _NumberReader:
    """One number, read the way Parser/tokenizer.c reads it (a cursor, one
    character at a time, stepping back when it has read one too many)."""

    def __init__(self, reader, token_start: int, first: int):
        self.reader = reader
        self.text = reader.text
        self.token_start = token_start
        self.pos = first

    def next(self) -> str:
        c = self.text[self.pos] if self.pos < len(self.text) else ""
        self.pos += 1
        return c

    def back(self) -> None:
        self.pos -= 1

    def fail(self, message: str) -> Exception:
        reader = self.reader
        return errors.syntax_error(reader, message, reader.lineno, reader.line_start, self.pos)

    def read(self) -> int:
        """Read the whole number; return where it ends (or raise its error)."""
        c = self.next()
        if c == ".":
            return self.fraction(self.next())
        if c != "0":
            return self.after_integer(self.decimal_tail())
        c = self.next()
        if c in ("x", "X"):
            return self.radix(self.next(), _HEX_DIGITS, "hexadecimal")
        if c in ("o", "O"):
            return self.radix(self.next(), "01234567", "octal")
        if c in ("b", "B"):
            return self.radix(self.next(), "01", "binary")
        return self.zero_prefixed(c)

    def decimal_tail(self) -> str:
        """Digits with single underscores between them; returns the next character."""
        while True:
            c = self.next()
            while c and c in _DIGITS:
                c = self.next()
            if c != "_":
                return c
            c = self.next()
            if not (c and c in _DIGITS):
                self.back()
                raise self.fail("invalid decimal literal")

    def radix(self, c: str, digits: str, kind: str) -> int:
        """The digits of a hex, octal or binary literal after its ``0x``/``0o``/``0b``."""
        while True:
            if c == "_":
                c = self.next()
            if not (c and c in digits):
                if kind != "hexadecimal" and c and c in _DIGITS:
                    raise self.fail(f"invalid digit '{c}' in {kind} literal")
                self.back()
                raise self.fail(f"invalid {kind} literal")
            c = self.next()
            while c and c in digits:
                c = self.next()
            if c != "_":
                break
        if kind != "hexadecimal" and c and c in _DIGITS:
            raise self.fail(f"invalid digit '{c}' in {kind} literal")
        self.verify_end(c, kind)
        self.back()
        return self.pos

    def zero_prefixed(self, c: str) -> int:
        """A decimal number starting with 0: ``0``, ``00``, ``0.5``, ``0e1``, ``0j``, ``0777``."""
        while True:
            if c == "_":
                c = self.next()
                if not (c and c in _DIGITS):
                    self.back()
                    raise self.fail("invalid decimal literal")
            if c != "0":
                break
            c = self.next()
        zeros_end = self.pos
        nonzero = False
        if c and c in _DIGITS:
            nonzero = True
            c = self.decimal_tail()
        if c == ".":
            return self.fraction(self.next())
        if c in ("e", "E"):
            return self.exponent(c)
        if c in ("j", "J"):
            return self.imaginary()
        reader = self.reader
        if nonzero and not reader.extra_tokens:
            self.back()
            line = reader.text[reader.line_start:]
            raise errors.known_range_error(
                reader,
                "leading zeros in decimal integer literals are not permitted; "
                "use an 0o prefix for octal integers",
                errors.utf8_length(line[:self.token_start + 1 - reader.line_start]),
                errors.utf8_length(line[:zeros_end - reader.line_start]))
        self.verify_end(c, "decimal")
        self.back()
        return self.pos

    def after_integer(self, c: str) -> int:
        if c == ".":
            return self.fraction(self.next())
        return self.exponent_or_end(c)

    def fraction(self, c: str) -> int:
        if c and c in _DIGITS:
            c = self.decimal_tail()
        return self.exponent_or_end(c)

    def exponent_or_end(self, c: str) -> int:
        if c in ("e", "E"):
            return self.exponent(c)
        if c in ("j", "J"):
            return self.imaginary()
        self.verify_end(c, "decimal")
        self.back()
        return self.pos

    def exponent(self, e: str) -> int:
        c = self.next()
        if c in ("+", "-"):
            c = self.next()
            if not (c and c in _DIGITS):
                self.back()
                raise self.fail("invalid decimal literal")
        elif not (c and c in _DIGITS):
            # Not an exponent after all: the number ends before the 'e'.
            self.back()
            self.verify_end(e, "decimal")
            self.back()
            return self.pos
        c = self.decimal_tail()
        if c in ("j", "J"):
            return self.imaginary()
        self.verify_end(c, "decimal")
        self.back()
        return self.pos

    def imaginary(self) -> int:
        c = self.next()
        self.verify_end(c, "imaginary")
        self.back()
        return self.pos

    def verify_end(self, c: str, kind: str) -> None:
        """Parser mode: a number may not run into a name (C's ``verify_end_of_number``).

        Running into one of the keywords that may follow a number in valid
        code (``1if x else 2``) is only a warning, for now.
        """
        reader = self.reader
        if reader.extra_tokens:
            return
        text, pos = self.text, self.pos
        keyword_follows = False
        if c == "a":
            keyword_follows = _looking_at(text, pos, "nd")
        elif c == "e":
            keyword_follows = _looking_at(text, pos, "lse")
        elif c == "f":
            keyword_follows = _looking_at(text, pos, "or")
        elif c == "i":
            keyword_follows = text[pos] in ("f", "n", "s")
        elif c == "o":
            keyword_follows = _looking_at(text, pos, "r")
        elif c == "n":
            keyword_follows = _looking_at(text, pos, "ot")
        if keyword_follows:
            self.back()
            reader.warn(f"invalid {kind} literal", self.pos)
            self.next()
        elif c and c in _NAME_ASCII:
            self.back()
            raise self.fail(f"invalid {kind} literal")


def _looking_at(text: str, pos: int, word: str) -> bool:
    """The C ``lookahead``: ``word`` follows, and is not the start of a longer name."""
    return text.startswith(word, pos) and not is_name_char(text[pos + len(word)])


def read_number(reader, token_start: int, first: int) -> int:
    """Where the number whose first character is at ``first`` ends.

    ``token_start`` is where the token begins (before ``first`` only in the
    odd case of a carriage return glued to the number). Raises the tokenizer
    error for a malformed number.
    """
    return _NumberReader(reader, token_start, first).read()

