"""Facts about a grammar that the code generator needs.

* **nullable**: can a rule match without consuming any token?  (``x*`` can.)
* **FIRST sets**: which token types can a rule start with?  The generated
  parser looks at the next token and skips every alternative that cannot start
  with it, so most failing attempts cost one set lookup instead of a call.
* **left recursion**: a rule like ``sum: sum '+' term | term`` calls itself
  before consuming anything. A naive recursive-descent parser would loop
  forever; the generator turns such a rule into a loop (see ``codegen.py``).

Token types are plain integers (``clearpy.parser.tokens``); keywords and
operators in quotes get their own integer types, and a soft keyword such as
``"match"`` starts with an ordinary NAME.
"""

from dataclasses import dataclass, field

from clearpy.parser.generator.model import (
    Alt, Cut, Forced, Gather, Grammar, Group, Item, Leaf, Literal, Lookahead, Optional, Repeat, Rhs,
)
from clearpy.parser import tokens as tok


class GrammarAnalysisError(Exception):
    pass


# Token names usable in the grammar (upper case), and the pseudo-token
# SOFT_KEYWORD (any soft keyword, which the tokenizer delivers as a NAME).
TOKEN_NAMES = {
    "ENDMARKER": tok.ENDMARKER, "NAME": tok.NAME, "NUMBER": tok.NUMBER, "STRING": tok.STRING,
    "NEWLINE": tok.NEWLINE, "INDENT": tok.INDENT, "DEDENT": tok.DEDENT,
    "TYPE_COMMENT": tok.TYPE_COMMENT, "FSTRING_START": tok.FSTRING_START,
    "FSTRING_MIDDLE": tok.FSTRING_MIDDLE, "FSTRING_END": tok.FSTRING_END,
    "ASYNC": tok.ASYNC, "AWAIT": tok.AWAIT,
    "SOFT_KEYWORD": tok.NAME,
}


@dataclass
class Analysis:
    grammar: Grammar
    keywords: dict[str, int] = field(default_factory=dict)      # 'if' -> type
    soft_keywords: set[str] = field(default_factory=set)
    nullable: dict[str, bool] = field(default_factory=dict)
    first: dict[str, frozenset[int]] = field(default_factory=dict)
    left_recursive: set[str] = field(default_factory=set)
    direct_left_recursive: set[str] = field(default_factory=set)
    leaders: set[str] = field(default_factory=set)

    # -- token types of literals ---------------------------------------------
    def literal_type(self, literal: Literal) -> int:
        """The token type a quoted literal matches (NAME for a soft keyword)."""
        if literal.soft:
            return tok.NAME
        if literal.text in self.keywords:
            return self.keywords[literal.text]
        try:
            return tok.OPERATOR_TYPES[literal.text]
        except KeyError:
            raise GrammarAnalysisError(f"unknown operator {literal.text!r}") from None

    def is_token(self, name: str) -> bool:
        return name in TOKEN_NAMES and name not in self.grammar.rules

    # -- nullable ----------------------------------------------------------------
    def item_nullable(self, item: Item) -> bool:
        if isinstance(item, Leaf):
            return False if self.is_token(item.name) else self.nullable.get(item.name, False)
        if isinstance(item, Literal):
            return False
        if isinstance(item, Group):
            return self.rhs_nullable(item.rhs)
        if isinstance(item, (Optional, Lookahead, Cut)):
            return True
        if isinstance(item, Repeat):
            return not item.at_least_one or self.item_nullable(item.item)
        if isinstance(item, Gather):
            return self.item_nullable(item.item)
        if isinstance(item, Forced):
            return self.item_nullable(item.item)
        raise TypeError(item)

    def alt_nullable(self, alt: Alt) -> bool:
        return all(self.item_nullable(named.item) for named in alt.items)

    def rhs_nullable(self, rhs: Rhs) -> bool:
        return any(self.alt_nullable(alt) for alt in rhs.alts)

    # -- FIRST sets ----------------------------------------------------------------
    def item_first(self, item: Item) -> frozenset[int]:
        """Token types that can start a non-empty match of ``item``."""
        if isinstance(item, Leaf):
            if self.is_token(item.name):
                return frozenset({TOKEN_NAMES[item.name]})
            return self.first.get(item.name, frozenset())
        if isinstance(item, Literal):
            return frozenset({self.literal_type(item)})
        if isinstance(item, Group):
            return self.rhs_first(item.rhs)
        if isinstance(item, (Optional, Repeat, Forced)):
            return self.item_first(item.item)
        if isinstance(item, Gather):
            return self.item_first(item.item)
        if isinstance(item, (Lookahead, Cut)):
            return frozenset()
        raise TypeError(item)

    def alt_first(self, alt: Alt) -> frozenset[int] | None:
        """Token types an alternative can start with, or None if it may match nothing.

        A positive lookahead limits what can come next (``&'(' x`` starts
        with '(' whatever x is); a negative one tells nothing and is skipped.
        """
        result: set[int] = set()
        for named in alt.items:
            item = named.item
            if isinstance(item, Lookahead):
                if item.positive and not self.item_nullable(item.item):
                    return frozenset(result | self.item_first(item.item))
                continue
            result |= self.item_first(item)
            if not self.item_nullable(item):
                return frozenset(result)
        return None

    def rhs_first(self, rhs: Rhs) -> frozenset[int]:
        result: set[int] = set()
        for alt in rhs.alts:
            first = self.alt_first(alt)
            if first is not None:
                result |= first
            else:
                result |= self._first_ignoring_nullability(alt)
        return frozenset(result)

    def _first_ignoring_nullability(self, alt: Alt) -> set[int]:
        result: set[int] = set()
        for named in alt.items:
            if not isinstance(named.item, Lookahead):
                result |= self.item_first(named.item)
        return result

    def rule_first(self, name: str) -> frozenset[int] | None:
        """FIRST set of a rule, or None when the rule can match empty input."""
        if self.nullable[name]:
            return None
        return self.first[name]

    def item_guard(self, item: Item) -> frozenset[int] | None:
        """The token types ``item`` can start with, or None when it may match nothing."""
        if self.item_nullable(item):
            return None
        return self.item_first(item)

    # -- left recursion ----------------------------------------------------------
    def leftmost_rules(self, rhs: Rhs) -> set[str]:
        """Rules that ``rhs`` may call before consuming a token."""
        found: set[str] = set()
        for alt in rhs.alts:
            for named in alt.items:
                item = named.item
                found |= self._leftmost_of_item(item)
                if not self.item_nullable(item):
                    break
        return found

    def _leftmost_of_item(self, item: Item) -> set[str]:
        if isinstance(item, Leaf):
            return set() if self.is_token(item.name) else {item.name}
        if isinstance(item, Group):
            return self.leftmost_rules(item.rhs)
        if isinstance(item, (Optional, Repeat, Forced, Lookahead)):
            return self._leftmost_of_item(item.item)
        if isinstance(item, Gather):
            return self._leftmost_of_item(item.item)
        return set()


def _inner_items(item: Item):
    """``item`` and every item inside it, recursively."""
    yield item
    if isinstance(item, Group):
        for alt in item.rhs.alts:
            for named in alt.items:
                yield from _inner_items(named.item)
    elif isinstance(item, (Optional, Repeat, Forced, Lookahead)):
        yield from _inner_items(item.item)
    elif isinstance(item, Gather):
        yield from _inner_items(item.separator)
        yield from _inner_items(item.item)


def _literals(item: Item):
    return (inner for inner in _inner_items(item) if isinstance(inner, Literal))


def _references(item: Item):
    return (inner.name for inner in _inner_items(item) if isinstance(inner, Leaf))


def rule_references(rhs: Rhs) -> set[str]:
    return {name for alt in rhs.alts for named in alt.items for name in _references(named.item)}


def analyze(grammar: Grammar) -> Analysis:
    analysis = Analysis(grammar)

    # Keywords: every quoted identifier; soft keywords are double-quoted.
    keywords, soft = set(), set()
    for rule in grammar.rules.values():
        for alt in rule.rhs.alts:
            for named in alt.items:
                for literal in _literals(named.item):
                    if literal.text.isidentifier():
                        (soft if literal.soft else keywords).add(literal.text)
    for number, keyword in enumerate(sorted(keywords)):
        analysis.keywords[keyword] = tok.FIRST_KEYWORD_TYPE + number
    analysis.soft_keywords = soft - keywords

    # Undefined names.
    for rule in grammar.rules.values():
        for name in rule_references(rule.rhs):
            if name not in grammar.rules and name not in TOKEN_NAMES:
                raise GrammarAnalysisError(f"rule {rule.name} refers to unknown {name!r}")

    # Nullable and FIRST: iterate to a fixed point.
    analysis.nullable = {name: False for name in grammar.rules}
    analysis.first = {name: frozenset() for name in grammar.rules}
    changed = True
    while changed:
        changed = False
        for rule in grammar.rules.values():
            nullable = analysis.rhs_nullable(rule.rhs)
            first = analysis.rhs_first(rule.rhs)
            if nullable != analysis.nullable[rule.name] or first != analysis.first[rule.name]:
                analysis.nullable[rule.name] = nullable
                analysis.first[rule.name] = first
                changed = True

    # Left recursion: rules that can reach themselves without consuming a token.
    leftmost = {name: analysis.leftmost_rules(rule.rhs) & set(grammar.rules)
                for name, rule in grammar.rules.items()}
    for component in _strongly_connected(leftmost):
        if len(component) == 1:
            (name,) = component
            if name in leftmost[name]:
                # sum: sum '+' term | term -- becomes a loop (codegen.py).
                analysis.left_recursive.add(name)
                analysis.direct_left_recursive.add(name)
            continue
        # A cycle through several rules (attr -> name_or_attr -> attr): one
        # "leader" per cycle grows its result by repeated parsing (codegen.py);
        # like pegen, pick the alphabetically first rule that lies on every cycle.
        analysis.left_recursive |= component
        candidates = [name for name in sorted(component)
                      if not _has_cycle({n: leftmost[n] & (component - {name})
                                         for n in component - {name}})]
        if not candidates:
            raise GrammarAnalysisError(f"no single leader for the left-recursive rules {sorted(component)}")
        analysis.leaders.add(candidates[0])
    return analysis


def _strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm: the strongly connected components of a call graph."""
    index, low, on_stack, stack, result = {}, {}, set(), [], []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in graph.get(node, ()):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            result.append(component)

    for node in graph:
        if node not in index:
            visit(node)
    return result


def _has_cycle(graph: dict[str, set[str]]) -> bool:
    return any(len(c) > 1 or next(iter(c)) in graph.get(next(iter(c)), ())
               for c in _strongly_connected(graph))
