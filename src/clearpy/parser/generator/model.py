"""The grammar as data: rules made of alternatives made of items.

A PEG grammar file (``python.gram``) is read into these classes by
``metagrammar.py``; ``analysis.py`` computes facts about them (which rules can
match nothing, which tokens can start them, which are left-recursive) and
``codegen.py`` turns them into a Python module.

The item kinds mirror the notation of the grammar file::

    NAME            a rule, or a token type such as NAME or NEWLINE   -> Leaf
    'if'  "match"   a keyword/operator, or a soft keyword             -> Literal
    ( e1 | e2 )     a group of alternatives                           -> Group
    [ e ]   e?      optional                                          -> Optional
    e*   e+         repetition                                        -> Repeat
    s.e+            e, one or more times, separated by s              -> Gather
    &e  !e          positive / negative lookahead (consumes nothing)  -> Lookahead
    &&e             e, or a SyntaxError "expected e" right now        -> Forced
    ~               commit: if the rest fails, the whole rule fails   -> Cut
"""

from dataclasses import dataclass, field


class Item:
    """One element of an alternative."""


@dataclass(eq=False)
class Leaf(Item):
    """A reference by name: a rule (lower case) or a token type (upper case)."""

    name: str

    def __str__(self):
        return self.name


@dataclass(eq=False)
class Literal(Item):
    """A keyword or operator (``'if'``, ``'+='``) or a soft keyword (``"match"``)."""

    text: str
    soft: bool = False

    def __str__(self):
        quote = '"' if self.soft else "'"
        return f"{quote}{self.text}{quote}"


@dataclass(eq=False)
class Group(Item):
    rhs: "Rhs"

    def __str__(self):
        return f"({self.rhs})"


@dataclass(eq=False)
class Optional(Item):
    item: Item

    def __str__(self):
        return f"[{self.item.rhs}]" if isinstance(self.item, Group) else f"{self.item}?"


@dataclass(eq=False)
class Repeat(Item):
    item: Item
    at_least_one: bool

    def __str__(self):
        return f"{self.item}{'+' if self.at_least_one else '*'}"


@dataclass(eq=False)
class Gather(Item):
    separator: Item
    item: Item

    def __str__(self):
        return f"{self.separator}.{self.item}+"


@dataclass(eq=False)
class Lookahead(Item):
    item: Item
    positive: bool

    def __str__(self):
        return f"{'&' if self.positive else '!'}{self.item}"


@dataclass(eq=False)
class Forced(Item):
    item: Item

    def __str__(self):
        return f"&&{self.item}"


@dataclass(eq=False)
class Cut(Item):
    def __str__(self):
        return "~"


@dataclass(eq=False)
class NamedItem:
    """An item of an alternative, optionally bound to a variable (``a=expression``)."""

    name: str | None
    item: Item

    def __str__(self):
        return f"{self.name}={self.item}" if self.name else str(self.item)


@dataclass(eq=False)
class Alt:
    """One alternative: a sequence of items and the action that builds its result."""

    items: list[NamedItem]
    action: str | None = None

    def __str__(self):
        text = " ".join(map(str, self.items))
        return f"{text} {{ {self.action} }}" if self.action else text


@dataclass(eq=False)
class Rhs:
    """The ordered choice between alternatives: the first that matches wins."""

    alts: list[Alt]

    def __str__(self):
        return " | ".join(map(str, self.alts))


@dataclass(eq=False)
class Rule:
    name: str
    type: str | None
    rhs: Rhs
    memo: bool = False
    line: int = 0

    @property
    def is_invalid(self) -> bool:
        """``invalid_`` rules only run in the second, error-reporting pass."""
        return self.name.startswith("invalid_")

    def __str__(self):
        return f"{self.name}: {self.rhs}"


@dataclass(eq=False)
class Grammar:
    rules: dict[str, Rule]
    metas: dict[str, str] = field(default_factory=dict)
