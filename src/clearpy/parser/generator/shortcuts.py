"""The generator's speed tricks, kept apart from the plain code generation.

Both make the generated parser faster without changing what it computes:

* ``fast_construction``: build an AST node by giving an empty node its
  attribute dictionary, instead of calling the class with keyword arguments.
* ``ChainJumps``: for a rule at the top of a chain of rules that only pass on
  what the rule below found (expression -> disjunction -> ... -> primary),
  go straight to the bottom of the chain when the tokens show that none of
  the rules in between would do anything else.
"""

import ast

from clearpy.parser.generator.model import Alt, Leaf, Lookahead, Rule

_POSITION_FIELDS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def _ast_node_class(name: str):
    node_class = getattr(ast, name, None)
    if isinstance(node_class, type) and issubclass(node_class, ast.AST):
        return node_class
    return None


def fast_construction(action: str, extra_values) -> tuple[str, str] | None:
    """("NodeClass", dict display) for an action ``NodeClass(field, ..., EXTRA)``.

    SPEED: ast node classes fill their fields in __init__ from keyword
    arguments, which costs twice as much as creating the object empty and
    giving it its attribute dictionary whole. The generated code does the
    latter for actions that are a single node construction with every field
    given positionally (the common case), the same object in the end.
    """
    try:
        call = ast.parse(action, mode="eval").body
    except SyntaxError:
        return None
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and not call.keywords):
        return None
    node_class = _ast_node_class(call.func.id)
    if node_class is None:
        return None
    args = list(call.args)
    has_extra = bool(args) and isinstance(args[-1], ast.Name) and args[-1].id == "EXTRA"
    if has_extra:
        args.pop()
    if any(isinstance(arg, ast.Starred) for arg in args) or len(args) != len(node_class._fields):
        return None
    if has_extra != bool(node_class._attributes):
        return None
    items = [f"{field!r}: {ast.get_source_segment(action, arg)}"
             for field, arg in zip(node_class._fields, args)]
    if has_extra:
        items += [f"{field!r}: {value}" for field, value in zip(_POSITION_FIELDS, extra_values)]
    return call.func.id, "{" + ", ".join(items) + "}"


class ChainJumps:
    """Chain analysis and jump code; mixed into codegen.CodeGenerator."""

    def chain(self, name: str, seen=()):
        """(bottom, prefix tokens, prefix pairs, continuation tokens, depth) of a
        rule's pass-through chain, or None.

        Many rules end in an alternative that just passes on what a lower rule
        found: expression -> disjunction -> conjunction -> ... -> primary. Such a
        rule gives the same value as the lower rule whenever none of its other
        alternatives can match: those that start with a *prefix* token ('not',
        '-', 'await' ...) or token pair (NAME ':=') fail when the next tokens are
        not these, and those that begin like the pass-through one and go on
        (``disjunction 'if' ...``) fail when the token after the lower rule's
        match is not a *continuation* token (',', 'if', '+', '==' ...).
        Following the chain down gives the sets for the whole chain.
        """
        if name in seen or name not in self.grammar.rules or name in self.invalid_rules \
                or name in self.analysis.leaders:
            return None
        rule = self.grammar.rules[name]
        prefix, pairs, continuation = set(), set(), set()
        alts = rule.rhs.alts
        if name in self.analysis.direct_left_recursive:
            for alt in alts:
                if self.leading_rule(alt) == name:
                    tail = self.analysis.alt_first(Alt(alt.items[1:]))
                    if tail is None:
                        return None
                    continuation |= tail
            alts = [alt for alt in alts if self.leading_rule(alt) != name]
        alts = [alt for alt in alts if not self.mentions_invalid(alt)]
        index, passthrough = self._passthrough(alts, name, seen)
        if passthrough is None:
            return None
        for alt in alts[:index]:
            if self.leading_rule(alt) == passthrough:
                rest_first = self.analysis.alt_first(Alt(alt.items[1:]))
                if not rest_first:
                    return None
                continuation |= rest_first
                continue
            if isinstance(alt.items[0].item, Lookahead) and not alt.items[0].item.positive:
                return None
            pair = self._token_pair_prefix(alt)
            if pair is not None:
                pairs.add(pair)
                continue
            alt_first = self.analysis.alt_first(alt)
            if alt_first is None:
                return None
            prefix |= alt_first
        for named in alts[index].items[1:]:
            continuation |= self.analysis.item_first(named.item.item)
        below = self.chain(passthrough, seen + (name,))
        if below is None:
            return passthrough, prefix, pairs, continuation, 1
        bottom, lower_prefix, lower_pairs, lower_continuation, depth = below
        if passthrough in self.analysis.direct_left_recursive and \
                bottom not in self.analysis.direct_left_recursive:
            # Jump to the deepest left-recursive rule (primary), which takes
            # the '.', '(' and '[' that follow an atom in its stride.
            return passthrough, prefix, pairs, continuation, 1
        return (bottom, prefix | lower_prefix, pairs | lower_pairs,
                continuation | lower_continuation, depth + 1)

    def _passthrough(self, alts, name, seen):
        """(index, rule) of the alternative that only passes on a lower rule's
        value (possibly followed by token lookaheads like ``!':='``) and leads on
        to a chain or a left-recursive rule."""
        for index, alt in enumerate(alts):
            leader = self.leading_rule(alt)
            if leader is None:
                continue
            values = [n for n in alt.items if self._has_value(n.item)]
            passes_value = alt.action is None or (
                alt.items[0].name is not None and alt.action.strip() == alt.items[0].name)
            lookaheads_only = all(
                isinstance(n.item, Lookahead) and not n.item.positive
                and self.single_token(n.item.item) is not None for n in alt.items[1:])
            if len(values) == 1 and passes_value and lookaheads_only and (
                    leader in self.analysis.direct_left_recursive
                    or self.chain(leader, seen + (name,)) is not None):
                return index, leader
        return None, None

    def _token_pair_prefix(self, alt: Alt, seen=()):
        """(t1, t2) if ``alt`` can only match when the next two tokens are t1 t2.

        That is the case of ``assignment_expression`` (NAME ':=' ...) used as an
        alternative's first item."""
        first = alt.items[0].item
        if isinstance(first, Leaf) and not self.is_token(first.name):
            if first.name in seen:
                return None
            rule = self.grammar.rules[first.name]
            pairs = {self._token_pair_prefix(inner, seen + (first.name,)) for inner in rule.rhs.alts}
            return pairs.pop() if len(pairs) == 1 and None not in pairs else None
        if len(alt.items) < 2:
            return None
        one, two = self.single_token(first), self.single_token(alt.items[1].item)
        if one is None or two is None or self._is_soft(first) or self._is_soft(alt.items[1].item):
            return None
        first_types = self.analysis.item_first(first)
        second_types = self.analysis.item_first(alt.items[1].item)
        if len(first_types) != 1 or len(second_types) != 1:
            return None
        return next(iter(first_types)), next(iter(second_types))

    def emit_chain_jump(self, rule: Rule, memo: bool) -> None:
        """SPEED: go straight to the bottom of a pass-through chain (see chain()).

        When the jump does not apply, the rule goes on as usual; the bottom
        rule is memoized, so its work is not done twice. The jump reads no token
        the full path would not read, and is off in the error pass, where the
        invalid_ alternatives this ignores are on.
        """
        chain = self.chain(rule.name)
        if chain is None:
            return
        bottom, prefix, pairs, continuation, depth = chain
        if depth < 2:
            return   # nothing to skip
        bottom_rule = self.grammar.rules[bottom]
        start = self.analysis.first[bottom] - prefix
        if not start or self.analysis.nullable[bottom] or not self.memoized_in_first_pass(bottom_rule):
            return
        out = self.out
        conditions = ["jumps", self.token_in("_t", start)]
        for first, second in sorted(pairs):
            conditions.append(f"not (_t == {first} and tok_type[pos + 1] == {second})")
        out(f"# SPEED: if nothing but {bottom} matches here, {rule.name} is what {bottom} gives")
        out(f"if {' and '.join(conditions)}:")
        with out.indent():
            out(f"_hit = {bottom}_memo.get(_start)")
            out("if _hit is None:")
            with out.indent():
                out(f"_value = {self.function_name(bottom)}()")
            out("else:")
            with out.indent():
                out("_value, pos = _hit")
            stop = self.token_in("tok_type[pos]", continuation)
            stop = stop.replace(" == ", " != ").replace(" in ", " not in ")
            out(f"if _value is not None and {stop}:")
            with out.indent():
                self.emit_return(rule, "_value", memo)
            out("pos = _start")
