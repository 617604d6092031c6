"""Turning the text of NUMBER and STRING tokens into values.

``0x_ff`` becomes 255, ``'a\\tb'`` becomes a string with a tab in it,
``rb'\\d'`` stays two bytes. The rules are CPython's (Parser/pegen.c's
parsenumber and Parser/string_parser.c), including the details users see:

* An unknown escape such as ``'\\d'`` is kept as two characters and causes a
  SyntaxWarning (a DeprecationWarning for feature_version < 3.12); with
  warnings turned into errors it becomes a SyntaxError at the string.
* ``'\\777'`` is the character 0o777 with "invalid octal escape sequence".
* A backslash before a non-ASCII character is kept, without a warning.
* Bytes literals may only contain ASCII characters.
* A malformed escape (``'\\x4'``, ``'\\N{nope}'``) is a SyntaxError whose message
  is the one of Python's ``unicode_escape`` codec.
"""

import ast
import codecs
import re
import token as token_module
import unicodedata
import warnings

from clearpy.parser.errors import raise_known_location, raise_syntax_error

# -- numbers ---------------------------------------------------------------------


def number_value(text: str):
    """The int, float or complex that a NUMBER token's text denotes."""
    if "_" in text:
        text = text.replace("_", "")
    if text.isdigit():
        return int(text)
    last = text[-1]
    if last in "jJ":
        return complex(0.0, float(text[:-1]))
    if text[0] == "0" and len(text) > 1 and text[1] in "xXoObB":
        return int(text, 0)
    try:
        return int(text)
    except ValueError:
        return float(text)


def parse_number(p, index: int):
    """The value of NUMBER token ``index`` (CPython's _PyPegen_number_token)."""
    text = p.tok_string[index]
    if p.feature_version < 6 and "_" in text:
        raise_syntax_error(p, "Underscores in numeric literals are only supported "
                              "in Python 3.6 and greater")
    try:
        return number_value(text)
    except ValueError as error:
        # Only the limit on decimal digits can get here (sys.set_int_max_str_digits).
        from clearpy.parser.errors import raise_error_known_location
        raise_error_known_location(
            p, SyntaxError, p.tok_lineno[index], -1, p.tok_end_lineno[index], -1,
            f"{error} - Consider hexadecimal for huge integer literals "
            f"to avoid decimal conversion limits.")


# -- strings ---------------------------------------------------------------------

_SIMPLE_ESCAPES = {
    "\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f", "n": "\n",
    "r": "\r", "t": "\t", "v": "\v",
}
_OCTAL = "01234567"
_ESCAPE = re.compile(r"\\(.?)", re.DOTALL)


def split_prefix(text: str) -> tuple[str, str]:
    """('rb', 'body') for the token text rb'body' (the quotes removed)."""
    index = 0
    while text[index] not in "'\"":
        index += 1
    prefix, quoted = text[:index], text[index:]
    if len(quoted) >= 6 and quoted[:3] == quoted[-3:] and quoted[0] * 3 == quoted[:3]:
        return prefix, quoted[3:-3]
    return prefix, quoted[1:-1]


class _EscapeError(Exception):
    """A malformed escape; the codec will say exactly what is wrong."""


def _decode_escapes(body: str, is_bytes: bool):
    """Process backslash escapes; return (value, first invalid escape or None).

    The first invalid escape is the text after its backslash (for the warning).
    """
    pieces = []
    first_invalid = None
    position = 0
    length = len(body)
    while True:
        backslash = body.find("\\", position)
        if backslash < 0:
            pieces.append(body[position:])
            break
        pieces.append(body[position:backslash])
        i = backslash + 1
        if i >= length:
            # Only an f-string piece can end with a backslash (f"a\\{x}"): it stays.
            pieces.append("\\")
            break
        c = body[i]
        simple = _SIMPLE_ESCAPES.get(c)
        if simple is not None:
            pieces.append(simple)
            position = i + 1
            continue
        if c in _OCTAL:
            end = i + 1
            while end < length and end < i + 3 and body[end] in _OCTAL:
                end += 1
            value = int(body[i:end], 8)
            if value > 0o377:
                if first_invalid is None:
                    first_invalid = body[i:i + 3]
                if is_bytes:
                    value &= 0xFF
            pieces.append(chr(value))
            position = end
            continue
        if c == "x":
            digits = body[i + 1:i + 3]
            if len(digits) < 2 or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise _EscapeError()
            pieces.append(chr(int(digits, 16)))
            position = i + 3
            continue
        if not is_bytes and c in "uU":
            size = 4 if c == "u" else 8
            digits = body[i + 1:i + 1 + size]
            if len(digits) < size or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise _EscapeError()
            value = int(digits, 16)
            if value > 0x10FFFF:
                raise _EscapeError()
            pieces.append(chr(value))
            position = i + 1 + size
            continue
        if not is_bytes and c == "N":
            if i + 1 < length and body[i + 1] == "{":
                close = body.find("}", i + 2)
                if close > i + 2:
                    try:
                        character = unicodedata.lookup(body[i + 2:close])
                    except KeyError:
                        raise _EscapeError() from None
                    if len(character) != 1:      # a named sequence is not a character
                        raise _EscapeError()
                    pieces.append(character)
                    position = close + 1
                    continue
            raise _EscapeError()
        if not c.isascii():
            # A backslash before a non-ASCII character stays, silently.
            pieces.append("\\")
            position = i
            continue
        if first_invalid is None:
            first_invalid = body[i:i + 3] if c in "4567" else c
        pieces.append("\\" + c)
        position = i + 1
    return "".join(pieces), first_invalid


def _codec_error_message(body: str, is_bytes: bool) -> str:
    """The message Python's escape codecs give for this text (for SyntaxErrors)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if is_bytes:
                codecs.escape_decode(body.encode("ascii"))
            else:
                codecs.unicode_escape_decode(_ascii_escaped(body))
    except (UnicodeError, ValueError) as error:
        kind = "unicode error" if isinstance(error, UnicodeError) else "value error"
        return f"({kind}) {error}"
    return "(unicode error) unknown error"


def _ascii_escaped(body: str) -> bytes:
    """The buffer CPython hands to the codec: non-ASCII as \\U escapes (decode_unicode_with_escapes)."""
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            out.append("\\")
            i += 1
            if i >= len(body) or not body[i].isascii():
                out.append("u005c")
                if i >= len(body):
                    break
            c = body[i]
        if not c.isascii():
            out.append(f"\\U{ord(c):08x}")
        else:
            out.append(c)
        i += 1
    return "".join(out).encode("ascii")


def warn_invalid_escape(p, first_invalid: str, token: int) -> None:
    """SyntaxWarning "invalid escape sequence '\\d'", as CPython emits it."""
    if first_invalid[0] in "{}" and p.tok_type[token] in (token_module.FSTRING_MIDDLE,
                                                          token_module.FSTRING_END):
        return   # '\{' in an f-string: the tokenizer has warned already (string_parser.c)
    octal = "4" <= first_invalid[0] <= "7"
    if octal:
        message = f"invalid octal escape sequence '\\{first_invalid[:3]}'"
    else:
        message = f"invalid escape sequence '\\{first_invalid[0]}'"
    category = SyntaxWarning if p.feature_version >= 12 else DeprecationWarning
    p.warn(category, message, token, message)


def _check_decodable(p, body: str, is_raw: bool) -> None:
    """Bytes that are not UTF-8 reach the parser as lone surrogates ('\\udcf6' for
    0xF6, see clearpy.tokenizer.for_parser); CPython fails on them where it
    decodes the string: the whole body, or with escapes, each run of non-ASCII
    bytes (which is where the position in its message counts from)."""
    try:
        body.encode("utf-8")
        return
    except UnicodeEncodeError:
        pass
    data = body.encode("utf-8", "surrogateescape")
    if not is_raw:
        run = re.search(rb"[\x80-\xff]+", data[_first_undecodable_run(data):])
        data = run.group() if run else data
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise_syntax_error(p, f"(unicode error) {error}")


def _first_undecodable_run(data: bytes) -> int:
    for run in re.finditer(rb"[\x80-\xff]+", data):
        try:
            run.group().decode("utf-8")
        except UnicodeDecodeError:
            return run.start()
    return 0


def decode_string(p, body: str, is_raw: bool, token: int, is_bytes: bool = False):
    """The value of a string body (its escapes processed unless raw)."""
    if not is_bytes and not body.isascii():
        _check_decodable(p, body, is_raw or "\\" not in body)
    if is_raw or "\\" not in body:
        return body.encode("ascii") if is_bytes else body
    try:
        value, first_invalid = _decode_escapes(body, is_bytes)
    except _EscapeError:
        raise_syntax_error(p, _codec_error_message(body, is_bytes))
    if first_invalid is not None:
        warn_invalid_escape(p, first_invalid, token)
    return value.encode("latin-1") if is_bytes else value


def constant_from_string(p, token: int):
    """An ast.Constant for STRING token ``token`` (CPython's _PyPegen_constant_from_string)."""
    text = p.tok_string[token]
    prefix, body = split_prefix(text)
    lowered = prefix.lower()
    is_bytes = "b" in lowered
    is_raw = "r" in lowered
    if is_bytes:
        if not body.isascii():
            raise_known_location(p, token, "bytes can only contain ASCII literal characters")
        value = decode_string(p, body, is_raw, token, is_bytes=True)
    else:
        value = decode_string(p, body, is_raw, token)
    kind = "u" if text[0] == "u" else None
    return ast.Constant(value, kind, lineno=p.tok_lineno[token], col_offset=p.tok_col[token],
                        end_lineno=p.tok_end_lineno[token], end_col_offset=p.tok_end_col[token])
