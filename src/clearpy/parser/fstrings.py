"""f-strings and implicit concatenation: JoinedStr, FormattedValue and friends.

Since Python 3.12 (PEP 701) the tokenizer splits an f-string into pieces::

    f"a{x!r:>{w}}b"   FSTRING_START 'f"'   FSTRING_MIDDLE 'a'   '{'  NAME 'x'
                      '!' NAME 'r'   ':'   FSTRING_MIDDLE '>'   '{' NAME 'w' '}'
                      '}'   FSTRING_MIDDLE 'b'   FSTRING_END '"'

and the grammar puts them together (rules fstring, fstring_middle,
fstring_replacement_field ...). The helpers here build the nodes as CPython's
Parser/action_helpers.c does, quirks included: escapes in the literal parts
are processed once the whole f-string is known (the prefix may say raw),
except in format specs, which are always processed; ``{x=}`` adds the
expression's source text; empty parts disappear; and ``"a" f"b{c}" "d"`` is one
JoinedStr whose neighbouring constants are merged.
"""

import ast

from clearpy.parser.errors import raise_known_location, raise_known_range, raise_syntax_error
from clearpy.parser.literals import decode_string


def _token_constant(p, token, value):
    return ast.Constant(value, None, lineno=p.tok_lineno[token], col_offset=p.tok_col[token],
                        end_lineno=p.tok_end_lineno[token], end_col_offset=p.tok_end_col[token])


def constant_from_token(p, token):
    """The text of an FSTRING_MIDDLE, escapes not processed yet (see joined_str).

    (A piece written 'a{{' arrives as 'a{', ending after the second brace.)
    """
    text = p.tok_string[token]
    if not text.isascii():
        # Undecodable bytes (lone surrogates here): CPython's
        # PyUnicode_FromString fails with a plain UnicodeDecodeError.
        text.encode("utf-8", "surrogateescape").decode("utf-8")
    return _token_constant(p, token, text)


def decoded_constant_from_token(p, token):
    """An FSTRING_MIDDLE of a format spec: escapes processed, even in a raw f-string."""
    text = p.tok_string[token]
    if not text.isascii():
        text.encode("utf-8", "surrogateescape").decode("utf-8")   # a plain UnicodeDecodeError
    return _token_constant(p, token, decode_string(p, text, False, token))


def check_fstring_conversion(p, exclamation, name):
    """'!r': the conversion must follow the '!' immediately."""
    if p.tok_lineno[exclamation] != name.lineno or p.tok_end_col[exclamation] != name.col_offset:
        raise_known_range(p, exclamation, name,
                          "f-string: conversion type must come right after the exclamanation mark")
    return (name, exclamation)


def setup_full_format_spec(p, colon, spec, **position):
    """The format spec after ':' as a JoinedStr (with the ':' token, for {x=:...})."""
    if len(spec) == 1 and isinstance(spec[0], ast.Constant) and spec[0].value == "":
        # As in 3.11, an empty spec is an empty JoinedStr, not one with an empty string.
        spec = []
    return (ast.JoinedStr(spec, **position), colon)


def formatted_value(p, expression, lbrace, debug, conversion, format_spec, rbrace, *,
                    lineno, col_offset, end_lineno, end_col_offset):
    """{expression=!conversion:format_spec} -> FormattedValue (with the text for '=')."""
    conversion_value = -1
    if conversion is not None:
        name = conversion[0]
        if len(name.id) > 1 or name.id not in ("s", "r", "a"):
            raise_known_location(
                p, name, f"f-string: invalid conversion character {name.id!r}: "
                         f"expected 's', 'r', or 'a'")
        conversion_value = ord(name.id)
    elif debug is not None and format_spec is None:
        conversion_value = ord("r")
    value = ast.FormattedValue(expression, conversion_value,
                               format_spec[0] if format_spec is not None else None,
                               lineno=lineno, col_offset=col_offset, end_lineno=end_lineno,
                               end_col_offset=end_col_offset)
    if debug is None:
        return value
    # The source text from after '{' to the '!', ':' or '}' that follows the '='.
    if conversion is not None:
        name, after = conversion
        debug_end_line, debug_end_offset = name.lineno, name.col_offset
    elif format_spec is not None:
        spec, after = format_spec
        debug_end_line, debug_end_offset = spec.lineno, spec.col_offset + 1
    else:
        after = rbrace
        debug_end_line, debug_end_offset = end_lineno, end_col_offset
    text = _without_comments(p.source_between(lbrace, after))
    debug_text = ast.Constant(text, None, lineno=lineno, col_offset=col_offset + 1,
                              end_lineno=debug_end_line, end_col_offset=debug_end_offset - 1)
    return ast.JoinedStr([debug_text, value], lineno=lineno, col_offset=col_offset,
                         end_lineno=debug_end_line, end_col_offset=debug_end_offset)


def _without_comments(text: str) -> str:
    """The '=' text drops comments, up to the end of their line (like CPython,
    without looking whether the '#' is inside a string)."""
    if "#" not in text:
        return text
    kept, i = [], 0
    while i < len(text):
        if text[i] == "#":
            newline = text.find("\n", i)
            if newline < 0:
                break
            i = newline
        kept.append(text[i])
        i += 1
    return "".join(kept)


def joined_str(p, start, parts, end):
    """FSTRING_START parts FSTRING_END -> JoinedStr, literal parts decoded."""
    is_raw = "r" in p.tok_string[start].lower()
    values = []
    for part in parts:
        # {x=} gave a JoinedStr of the text and the value: flatten it.
        pieces = part.values if isinstance(part, ast.JoinedStr) else (part,)
        for piece in pieces:
            if isinstance(piece, ast.Constant):
                text = piece.value
                if text in ("{{", "}}"):
                    text = text[0]
                piece.value = decode_string(p, text, is_raw or "\\" not in text, end)
                if piece.value == "":
                    continue
            values.append(piece)
    return ast.JoinedStr(values, lineno=p.tok_lineno[start], col_offset=p.tok_col[start],
                         end_lineno=p.tok_end_lineno[end], end_col_offset=p.tok_end_col[end])


def concatenate_strings(p, strings, **position):
    """Adjacent string literals are one: "a" 'b' -> 'ab'; with an f-string, a JoinedStr."""
    fstring_found = unicode_found = bytes_found = False
    for item in strings:
        if isinstance(item, ast.Constant):
            if isinstance(item.value, bytes):
                bytes_found = True
            else:
                unicode_found = True
        else:
            fstring_found = True
    if (unicode_found or fstring_found) and bytes_found:
        raise_syntax_error(p, "cannot mix bytes and nonbytes literals")

    if bytes_found:
        return ast.Constant(b"".join(item.value for item in strings), strings[0].kind, **position)
    if not fstring_found and len(strings) == 1:
        return strings[0]

    flattened = []
    for item in strings:
        if isinstance(item, ast.JoinedStr):
            flattened.extend(item.values)
        else:
            flattened.append(item)

    values = []
    i, count = 0, len(flattened)
    while i < count:
        item = flattened[i]
        if isinstance(item, ast.Constant):
            # Merge a run of constants (empty ones included, for the position);
            # the first one's kind wins (u"a" "b" is u"ab").
            j = i + 1
            while j < count and isinstance(flattened[j], ast.Constant):
                j += 1
            if j - i > 1:
                run = flattened[i:j]
                last = run[-1]
                item = ast.Constant("".join(c.value for c in run), item.kind,
                                    lineno=item.lineno, col_offset=item.col_offset,
                                    end_lineno=last.end_lineno, end_col_offset=last.end_col_offset)
            i = j
            if fstring_found and item.value == "":
                continue
            values.append(item)
            continue
        values.append(item)
        i += 1

    if not fstring_found:
        return values[0]
    return ast.JoinedStr(values, **position)
