"""Read a grammar file (PEG notation, as in CPython's ``Grammar/python.gram``).

The notation, in short::

    @name '''text'''                 a setting for the generator (e.g. @header)
    rule_name (memo): alt | alt      a rule; (memo) asks for memoization
    rule_name:
        | first alternative
        | second alternative
    alt:   item item ... { action }  the action is a Python expression
    item:  name=atom  or  atom, with the prefixes & ! && ~ and the
           suffixes ? * + and the gather form sep.elem+

A rule starts at column 0 and runs until the next line that starts at column 0.
Comments start with ``#``. This module has two parts: a scanner that cuts the
text into tokens, and a small recursive-descent parser that builds the
``model`` objects.
"""

import re

from clearpy.parser.generator.model import (
    Alt, Cut, Forced, Gather, Grammar, Group, Leaf, Literal, Lookahead, NamedItem, Optional,
    Repeat, Rhs, Rule,
)


class GrammarError(Exception):
    """The grammar file itself is malformed."""


class Token:
    __slots__ = ("kind", "text", "line", "column", "first_on_line")

    def __init__(self, kind, text, line, column, first_on_line):
        self.kind, self.text, self.line, self.column = kind, text, line, column
        self.first_on_line = first_on_line

    def __repr__(self):
        return f"{self.kind}({self.text!r}@{self.line}:{self.column})"


_NAME = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
_OPERATORS = ("&&", "|", ":", "(", ")", "[", "]", "?", "*", "+", ".", "&", "!", "~", "=", ",")


def scan(text: str) -> list[Token]:
    """Cut grammar text into NAME, STRING, OP, ACTION, TYPE and META tokens."""
    tokens = []
    line, line_start, i, n = 1, 0, 0, len(text)
    first_on_line = True

    def add(kind, value, start):
        nonlocal first_on_line
        tokens.append(Token(kind, value, line, start - line_start, first_on_line))
        first_on_line = False

    while i < n:
        c = text[i]
        if c == "\n":
            line, line_start, i, first_on_line = line + 1, i + 1, i + 1, True
        elif c in " \t\r\f":
            i += 1
        elif c == "#":
            while i < n and text[i] != "\n":
                i += 1
        elif c == "@":
            match = _NAME.match(text, i + 1)
            if not match:
                raise GrammarError(f"line {line}: '@' must be followed by a name")
            add("META", match.group(), i)
            i = match.end()
        elif c == "'" and text.startswith("'''", i):
            end = text.find("'''", i + 3)
            if end < 0:
                raise GrammarError(f"line {line}: unterminated ''' string")
            add("STRING", text[i:end + 3], i)
            line += text.count("\n", i, end)
            if "\n" in text[i:end]:
                line_start = text.rfind("\n", i, end) + 1
            i = end + 3
        elif c in "'\"":
            end = i + 1
            while end < n and text[end] != c:
                end += 2 if text[end] == "\\" else 1
            if end >= n:
                raise GrammarError(f"line {line}: unterminated string")
            add("STRING", text[i:end + 1], i)
            i = end + 1
        elif c == "{":
            start, depth, j = i, 0, i
            while j < n:
                ch = text[j]
                if ch in "'\"":  # skip string literals inside the action
                    quote = ch
                    j += 1
                    while j < n and text[j] != quote:
                        j += 2 if text[j] == "\\" else 1
                elif ch == "{":
                    depth += 1
                elif ch == "}":
                    depth -= 1
                    if depth == 0:
                        break
                elif ch == "\n":
                    line, line_start = line + 1, j + 1
                j += 1
            if j >= n:
                raise GrammarError(f"line {line}: unterminated action")
            tokens.append(Token("ACTION", " ".join(text[start + 1:j].split()), line,
                                start - line_start, first_on_line))
            first_on_line = False
            i = j + 1
        elif _NAME.match(c):
            match = _NAME.match(text, i)
            add("NAME", match.group(), i)
            i = match.end()
            # A type written right after a name: rule[type] or a[type]=...
            if i < n and text[i] == "[":
                close = text.find("]", i)
                rest = text[close + 1:close + 40].lstrip(" ")
                if close > 0 and rest[:1] in ("=", ":", "(") and not rest.startswith("=="):
                    add("TYPE", text[i + 1:close].strip(), i)
                    i = close + 1
        else:
            for op in _OPERATORS:
                if text.startswith(op, i):
                    add("OP", op, i)
                    i += len(op)
                    break
            else:
                raise GrammarError(f"line {line}: unexpected character {c!r}")
    return tokens


class _Reader:
    """Recursive descent over the tokens of one rule (or meta)."""

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.pos = 0

    def peek(self, text=None, kind=None):
        if self.pos >= len(self.tokens):
            return None
        token = self.tokens[self.pos]
        if text is not None and token.text != text:
            return None
        if kind is not None and token.kind != kind:
            return None
        return token

    def take(self, text=None, kind=None):
        token = self.peek(text, kind)
        if token is not None:
            self.pos += 1
        return token

    def expect(self, text=None, kind=None):
        token = self.take(text, kind)
        if token is None:
            where = self.tokens[self.pos] if self.pos < len(self.tokens) else self.tokens[-1]
            raise GrammarError(f"line {where.line}: expected {text or kind}, found {where.text!r}")
        return token

    def at_end(self):
        return self.pos >= len(self.tokens)

    # rhs: ['|'] alt ('|' alt)*
    def rhs(self) -> Rhs:
        self.take("|", "OP")
        alts = [self.alt()]
        while self.take("|", "OP"):
            alts.append(self.alt())
        return Rhs(alts)

    # alt: item+ [action]
    def alt(self) -> Alt:
        items = []
        while True:
            token = self.peek()
            if token is None or token.kind == "ACTION" or (token.kind == "OP" and token.text in "|)]"):
                break
            items.append(self.named_item())
        if not items:
            raise GrammarError(f"line {self.tokens[max(self.pos - 1, 0)].line}: empty alternative")
        action = self.take(kind="ACTION")
        return Alt(items, action.text if action else None)

    def named_item(self) -> NamedItem:
        token = self.peek(kind="NAME")
        if token is not None:
            after = self.tokens[self.pos + 1] if self.pos + 1 < len(self.tokens) else None
            if after is not None and after.kind == "TYPE":
                after = self.tokens[self.pos + 2] if self.pos + 2 < len(self.tokens) else None
            if after is not None and after.kind == "OP" and after.text == "=":
                self.take()
                self.take(kind="TYPE")
                self.expect("=", "OP")
                return NamedItem(token.text, self.item())
        return NamedItem(None, self.item())

    def item(self):
        if self.take("&&", "OP"):
            return Forced(self.atom())
        if self.take("&", "OP"):
            return Lookahead(self.atom(), positive=True)
        if self.take("!", "OP"):
            return Lookahead(self.atom(), positive=False)
        if self.take("~", "OP"):
            return Cut()
        atom = self.atom()
        if self.peek(".", "OP"):
            self.take()
            element = self.atom()
            self.expect("+", "OP")
            return Gather(atom, element)
        if self.take("?", "OP"):
            return Optional(atom)
        if self.take("*", "OP"):
            return Repeat(atom, at_least_one=False)
        if self.take("+", "OP"):
            return Repeat(atom, at_least_one=True)
        return atom

    def atom(self):
        if self.take("(", "OP"):
            rhs = self.rhs()
            self.expect(")", "OP")
            return Group(rhs)
        if self.take("[", "OP"):
            rhs = self.rhs()
            self.expect("]", "OP")
            return Optional(Group(rhs))
        token = self.take(kind="NAME")
        if token is not None:
            return Leaf(token.text)
        token = self.take(kind="STRING")
        if token is not None:
            text = token.text[1:-1]
            # "match" is a soft keyword; "!" in double quotes is just an operator.
            return Literal(text, soft=token.text.startswith('"') and text.isidentifier())
        where = self.tokens[self.pos] if not self.at_end() else self.tokens[-1]
        raise GrammarError(f"line {where.line}: expected an item, found {where.text!r}")


def _split_statements(tokens: list[Token]) -> list[list[Token]]:
    """Group the tokens of each rule or meta (each starts at column 0)."""
    groups = []
    for token in tokens:
        if token.first_on_line and token.column == 0:
            groups.append([])
        if not groups:
            raise GrammarError(f"line {token.line}: text before the first rule")
        groups[-1].append(token)
    return groups


def _meta_value(token: Token) -> str:
    text = token.text
    if text.startswith("'''"):
        return text[3:-3]
    if text[0] in "'\"":
        return text[1:-1]
    return text


def parse_grammar(text: str) -> Grammar:
    """Read grammar text into a ``Grammar``."""
    rules: dict[str, Rule] = {}
    metas: dict[str, str] = {}
    for statement in _split_statements(scan(text)):
        reader = _Reader(statement)
        head = reader.take()
        if head.kind == "META":
            value = reader.take()
            metas[head.text] = _meta_value(value) if value is not None else ""
            if not reader.at_end():
                raise GrammarError(f"line {head.line}: unexpected text after @{head.text}")
            continue
        if head.kind != "NAME":
            raise GrammarError(f"line {head.line}: a rule must start with its name")
        type_token = reader.take(kind="TYPE")
        memo = False
        if reader.take("(", "OP"):
            flag = reader.expect(kind="NAME")
            if flag.text != "memo":
                raise GrammarError(f"line {flag.line}: unknown rule flag {flag.text!r}")
            reader.expect(")", "OP")
            memo = True
        reader.expect(":", "OP")
        rhs = reader.rhs()
        if not reader.at_end():
            token = reader.peek()
            raise GrammarError(f"line {token.line}: unexpected {token.text!r} in rule {head.text}")
        if head.text in rules:
            raise GrammarError(f"line {head.line}: rule {head.text} defined twice")
        rules[head.text] = Rule(head.text, type_token.text if type_token else None, rhs, memo, head.line)
    return Grammar(rules, metas)
