"""Turn an analysed grammar into the Python source of a parser.

Every rule becomes a function that tries the rule's alternatives in order, as
PEG parsing does, and returns the value of the first alternative that matches,
or None when none does. The functions share three things, kept as local
variables of one factory function (``make_rules``) so that Python reaches them
as fast closure cells rather than attribute look-ups:

* ``tok_type``, ``tok_string``, ... : the tokens as parallel lists, where
  ``tok_type[i]`` is the integer type of token i (``clearpy.parser.tokens``);
* ``pos``: the index of the next token, moved forward as tokens match and put
  back when an alternative fails (``nonlocal pos`` in every rule);
* ``call_invalid_rules``: False in the first pass; True in the second pass,
  which re-parses a file that failed with the ``invalid_`` alternatives on,
  so that they can raise CPython's precise error messages.

What makes the generated code fast, and how each trick keeps PEG semantics:

* FIRST sets: a rule reads the type of the next token once (``_t``) and skips
  every alternative that cannot start with it; a call site checks the FIRST
  set of the rule it is about to call. A skipped alternative would have
  failed on that very token, so nothing observable changes.
* Shared first items: ``comparison: bitwise_or compare_op+ | bitwise_or``
  calls bitwise_or once for both alternatives. A rule's result at a given
  position is always the same, so calling it again could only repeat work.
* Left recursion as a loop: ``sum: sum '+' term | term`` parses a ``term``,
  then keeps extending it while ``'+' term`` follows, which is what pegen's
  "grow the seed" algorithm computes for such rules, without re-parsing.
  Rules in a cycle of several rules use the general seed-growing algorithm.
* Memoization only where asked for (``(memo)`` in the grammar) and for
  left-recursive rules, exactly as CPython's parser does in the error pass,
  where memoization interacts with switching the invalid rules on and off.
* Inline tokens, token sets and small groups; other groups become helper
  functions (``_group_N``) as pegen's ``_tmp_N`` rules do.

A rule's contract: on failure it returns None with ``pos`` unchanged; on
success it returns the value with ``pos`` after the match. Like CPython's
generated C, an action that returns None makes the rule fail at once and leaves
``pos`` after the match ("may_give_none" rules); callers that keep going after
a failure (optional items, loops, lookaheads) put ``pos`` back themselves.
"""

import re
from contextlib import contextmanager

from clearpy.parser import tokens as tok
from clearpy.parser.generator.analysis import TOKEN_NAMES, Analysis, rule_references
from clearpy.parser.generator.model import (
    Alt, Cut, Forced, Gather, Group, Item, Leaf, Literal, Lookahead, NamedItem, Optional, Repeat,
    Rhs, Rule,
)
from clearpy.parser.generator.shortcuts import ChainJumps, fast_construction


class CodegenError(Exception):
    pass


# Token types whose value is an AST node rather than the token's index.
_NAME_NODE = "Name(tok_id[{i}], LOAD, TOKEN_EXTRA)"
_NUMBER_NODE = "Constant(parse_number(p, {i}), None, TOKEN_EXTRA)"
_TOKEN_EXTRA = ("lineno=tok_lineno[{i}], col_offset=tok_col[{i}], "
                "end_lineno=tok_end_lineno[{i}], end_col_offset=tok_end_col[{i}]")

_EXTRA = ("lineno=tok_lineno[{start}], col_offset=tok_col[{start}], "
          "end_lineno=end_lineno_before[pos], end_col_offset=end_col_before[pos]")
_EXTRA_VALUES = ("tok_lineno[{start}]", "tok_col[{start}]", "end_lineno_before[pos]",
                 "end_col_before[pos]")
_TOKEN_EXTRA_VALUES = ("tok_lineno[{i}]", "tok_col[{i}]", "tok_end_lineno[{i}]", "tok_end_col[{i}]")


_CONSTRUCTOR = re.compile(r"[A-Z][A-Za-z_0-9]*\(")


class _Lines:
    """Collects indented lines of Python source."""

    def __init__(self):
        self.lines: list[str] = []
        self.depth = 0

    def __call__(self, text: str = "") -> None:
        self.lines.append("    " * self.depth + text if text else "")

    @contextmanager
    def indent(self):
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1


class _AltContext:
    """What the code of one alternative needs to know about where it sits."""

    def __init__(self, start: str, cut_var: str | None = None):
        self.start = start          # variable holding the position where the alternative began
        self.cut_var = cut_var      # variable set when a ~ is passed


class CodeGenerator(ChainJumps):
    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.grammar = analysis.grammar
        self.rules = dict(self.grammar.rules)
        self.out = _Lines()
        self.counter = 0
        self.groups: dict[str, Rule] = {}        # synthetic rules for groups
        self.defined_functions: list[str] = []
        self.invalid_rules = {name for name in self.rules if name.startswith("invalid_")}
        self.may_give_none = self._rules_that_may_give_none()

    # -- naming -----------------------------------------------------------------
    @staticmethod
    def function_name(rule_name: str) -> str:
        return f"{rule_name}_rule" if not rule_name.startswith("_group") else rule_name

    def temp(self, stem: str) -> str:
        self.counter += 1
        return f"_{stem}{self.counter}"

    # -- facts ------------------------------------------------------------------
    def is_token(self, name: str) -> bool:
        return self.analysis.is_token(name)

    def memoized(self, rule: Rule) -> bool:
        """Whether CPython memoizes this rule: (memo) rules and left-recursive ones.

        The error pass memoizes exactly these: memoization decides there which
        results computed with the invalid_ rules off are reused with them on.
        """
        return rule.memo or rule.name in self.analysis.leaders or \
            rule.name in self.analysis.direct_left_recursive

    def memoized_in_first_pass(self, rule: Rule) -> bool:
        """SPEED: the first pass memoizes only the rules the grammar's
        @first_pass_memo lists (where remembering results was measured to pay
        off), and the rules that cannot do without (left-recursion leaders)."""
        listed = self.grammar.metas.get("first_pass_memo")
        if listed is None:
            return self.memoized(rule)
        return rule.name in listed.split() or rule.name in self.analysis.leaders

    def memo_tables(self) -> list[str]:
        return [rule.name for rule in self.grammar.rules.values()
                if self.memoized(rule) or self.memoized_in_first_pass(rule)]

    def _rules_that_may_give_none(self) -> set[str]:
        result = set()
        for rule in self.rules.values():
            if any(self._action_may_give_none(alt) for alt in rule.rhs.alts):
                result.add(rule.name)
        return result

    def _action_may_give_none(self, alt: Alt) -> bool:
        action = alt.action
        if action is None:
            values = [named for named in alt.items if self._has_value(named.item)]
            return len(values) == 1 and isinstance(values[0].item, Optional)
        if _CONSTRUCTOR.match(action) or action.startswith("["):
            return False
        bound = {named.name: named.item for named in alt.items if named.name}
        if action in bound:
            return isinstance(bound[action], Optional)
        return True

    @staticmethod
    def _has_value(item: Item) -> bool:
        return not isinstance(item, (Lookahead, Cut))

    def mentions_invalid(self, alt: Alt) -> bool:
        names = rule_references(Rhs([alt]))
        return any(name in self.invalid_rules for name in names)

    def guard(self, item: Item) -> str | None:
        """A condition on the next token that must hold for ``item`` to match."""
        first = self.analysis.item_guard(item)
        if first is None or not first:
            return None
        return self.token_in("tok_type[pos]", first)

    @staticmethod
    def token_in(expr: str, types) -> str:
        types = sorted(types)
        if len(types) == 1:
            return f"{expr} == {types[0]}"
        return f"{expr} in {{{', '.join(map(str, types))}}}"

    # -- items that match exactly one token ---------------------------------------
    def single_token(self, item: Item):
        """(condition, value template) when ``item`` matches one token, else None."""
        if isinstance(item, Leaf) and self.is_token(item.name):
            if item.name == "SOFT_KEYWORD":
                return (f"tok_type[pos] == {tok.NAME} and tok_string[pos] in SOFT_KEYWORDS", "{i}")
            value = {"NAME": _NAME_NODE, "NUMBER": _NUMBER_NODE}.get(item.name, "{i}")
            return (f"tok_type[pos] == {TOKEN_NAMES[item.name]}", value)
        if isinstance(item, Literal):
            if item.soft:
                return (f"tok_type[pos] == {tok.NAME} and tok_string[pos] == {item.text!r}", "{i}")
            return (f"tok_type[pos] == {self.analysis.literal_type(item)}", "{i}")
        if isinstance(item, Group):
            types = self.token_set(item.rhs)
            if types is not None:
                return (self.token_in("tok_type[pos]", types), "{i}")
        return None

    def token_set(self, rhs: Rhs) -> set[int] | None:
        """The token types of a group like ('+' | '-'), or None if it is not one."""
        types = set()
        for alt in rhs.alts:
            if alt.action or len(alt.items) != 1 or alt.items[0].name:
                return None
            item = alt.items[0].item
            if isinstance(item, Literal) and not item.soft:
                types.add(self.analysis.literal_type(item))
            elif isinstance(item, Leaf) and self.is_token(item.name) and item.name not in (
                    "NAME", "NUMBER", "SOFT_KEYWORD"):
                types.add(TOKEN_NAMES[item.name])
            else:
                return None
        return types

    def callable_for(self, item: Item) -> tuple[str, Item] | None:
        """The function to call for a rule or a group item, making a helper for groups."""
        if isinstance(item, Leaf) and not self.is_token(item.name):
            return self.function_name(item.name), item
        if isinstance(item, Group):
            return self.function_name(self.group_rule(item.rhs)), item
        return None

    def group_rule(self, rhs: Rhs) -> str:
        """A helper rule for a group that cannot be inlined."""
        name = f"_group_{len(self.groups) + 1}"
        rule = Rule(name, None, rhs)
        self.groups[name] = rule
        self.rules[name] = rule
        self.analysis.nullable[name] = self.analysis.rhs_nullable(rhs)
        self.analysis.first[name] = self.analysis.rhs_first(rhs)
        if any(self._action_may_give_none(alt) for alt in rhs.alts):
            self.may_give_none.add(name)
        return name

    def call_may_give_none(self, item: Item) -> bool:
        if isinstance(item, Leaf):
            return item.name in self.may_give_none
        return True

    # -- the whole module ------------------------------------------------------------
    def generate(self, digest: str) -> str:
        out = self.out
        out('"""The parser for Python 3.12, generated from python.gram -- do not edit.')
        out("")
        out("Made by clearpy.parser.generator (python -m clearpy.parser.generator); read")
        out("the grammar and docs/parser.md rather than this file. Each rule of the grammar")
        out("is a function ``<rule>_rule`` below, preceded by the rule as a comment.")
        out('"""')
        out("")
        out(f"GRAMMAR_DIGEST = {digest!r}")
        out("")
        out("# What the generated code itself uses (tokens' values, errors, fast nodes).")
        out("from ast import Constant, Name")
        out("from clearpy.parser.actions import LOAD, new_node")
        out("from clearpy.parser.errors import raise_expected")
        out("from clearpy.parser.literals import parse_number")
        out("")
        out("# The grammar's @header: what its actions use.")
        for line in self.grammar.metas.get("header", "").strip("\n").splitlines():
            out(line)
        out("")
        keywords = ", ".join(f"{word!r}: {number}" for word, number in sorted(
            self.analysis.keywords.items(), key=lambda kv: kv[1]))
        out(f"KEYWORDS = {{{keywords}}}")
        out(f"SOFT_KEYWORDS = frozenset({sorted(self.analysis.soft_keywords)!r})")
        out("")
        out("")
        out("def make_rules(p, error_pass):")
        with out.indent():
            out('"""Create the rule functions for one pass over the tokens of parser state ``p``."""')
            for name in ("tok_type", "tok_string", "tok_id", "tok_lineno", "tok_col",
                         "tok_end_lineno", "tok_end_col", "end_lineno_before", "end_col_before"):
                out(f"{name} = p.{name}")
            out("pos = 0")
            out("call_invalid_rules = error_pass")
            out("jumps = not error_pass   # chain jumps (codegen.chain) only where no invalid_ rule runs")
            for name in self.memo_tables():
                out(f"{name}_memo = {{}}")
            out("")
            for rule in list(self.grammar.rules.values()):
                self.emit_rule(rule)
            # Helper rules for groups; emitting one may create more.
            done = set()
            while len(done) < len(self.groups):
                for name, rule in list(self.groups.items()):
                    if name not in done:
                        done.add(name)
                        self.emit_rule(rule)
            starts = [name for name in ("file", "interactive", "eval", "func_type", "fstring")
                      if name in self.grammar.rules]
            self.emit_release()
            entries = ", ".join(f"{name!r}: {self.function_name(name)}" for name in starts)
            out(f"return {{{entries}, 'release': release}}")
        out("")
        return "\n".join(self.out.lines)

    def emit_release(self) -> None:
        """release(): drop the rules and memo tables once the parse is over.

        The rule functions refer to each other through closure cells, a
        reference cycle that only the cyclic garbage collector could free; this
        breaks it, so the memory (memo tables full of nodes) goes back at once.
        """
        out = self.out
        names = [self.function_name(name) for name in self.defined_functions]
        names += [f"{name}_memo" for name in self.memo_tables()]
        out("def release():")
        with out.indent():
            out('"""Break the cycles between the rule functions (see codegen.emit_release)."""')
            for start in range(0, len(names), 8):
                out(f"nonlocal {', '.join(names[start:start + 8])}")
            for start in range(0, len(names), 8):
                out(" = ".join(names[start:start + 8]) + " = None")
        out("")

    # -- rules ------------------------------------------------------------------------
    def emit_rule(self, rule: Rule) -> None:
        out = self.out
        out(f"# {rule.name}: {rule.rhs}"[:2000].replace("\n", " "))
        name = self.function_name(rule.name)
        self.defined_functions.append(rule.name)
        body_name = name
        wraps = []
        if rule.name in self.analysis.leaders:
            wraps.append("leader")
        if rule.name.endswith("_without_invalid"):
            wraps.append("without_invalid")
        if wraps:
            body_name = f"_{name}_body"
        memo_error, memo_first = self.memoized(rule), self.memoized_in_first_pass(rule)
        if wraps:
            memo_error = memo_first = False   # the leader's wrapper memoizes
        if memo_error == memo_first:
            self.emit_rule_body(rule, body_name, memo_error)
        else:
            out(f"if error_pass:  # the first pass does {'' if memo_first else 'not '}memoize {rule.name}")
            with out.indent():
                self.emit_rule_body(rule, body_name, memo_error)
            out("else:")
            with out.indent():
                self.emit_rule_body(rule, body_name, memo_first)
        if "leader" in wraps:
            self.emit_leader(rule, name, body_name)
        elif "without_invalid" in wraps:
            self.emit_without_invalid(name, body_name)
        out("")

    def emit_rule_body(self, rule: Rule, function: str, memo: bool) -> None:
        if rule.name in self.analysis.direct_left_recursive:
            self.emit_left_recursive_loop(rule, function, memo)
        else:
            self.emit_plain_rule(rule, function, memo)

    def emit_rule_entry(self, rule: Rule, memo: bool) -> None:
        out = self.out
        out("nonlocal pos")
        out("_start = pos")
        if memo:
            out(f"_hit = {rule.name}_memo.get(_start)")
            out("if _hit is not None:")
            with out.indent():
                out("pos = _hit[1]")
                out("return _hit[0]")
        out("_t = tok_type[pos]")

    def emit_return(self, rule: Rule, value: str, memo: bool) -> None:
        if memo:
            self.out(f"{rule.name}_memo[_start] = ({value}, pos)")
        self.out(f"return {value}")

    def emit_plain_rule(self, rule: Rule, function: str, memo: bool) -> None:
        out = self.out
        out(f"def {function}():")
        with out.indent():
            self.emit_rule_entry(rule, memo)
            self.emit_chain_jump(rule, memo)
            has_cut = any(isinstance(n.item, Cut) for a in rule.rhs.alts for n in a.items)
            if has_cut:
                out("_cut = False")
            alts = rule.rhs.alts
            index = 0
            while index < len(alts):
                run = self.shared_first_run(alts, index)
                if run > 1:
                    self.emit_shared_run(rule, alts[index:index + run], memo, has_cut)
                    index += run
                    continue
                self.emit_rule_alt(rule, alts[index], memo, has_cut)
                index += 1
            if memo:
                out(f"{rule.name}_memo[_start] = (None, _start)")
            out("return None")

    def emit_rule_alt(self, rule: Rule, alt: Alt, memo: bool, has_cut: bool,
                      shared: tuple[str, str] | None = None) -> None:
        """One alternative of a rule: on success return its value, else reset ``pos``."""
        out = self.out
        out(f"# {alt}"[:300])
        self.ensure_names(alt)
        context = _AltContext("_start", "_cut" if has_cut else None)
        items = alt.items
        guard = None
        checked = None
        if shared is None:
            first = self.analysis.alt_first(alt)
            if first is not None and first:
                guard = self.token_in("_t", first)
                checked = first
        conditions = []
        if self.mentions_invalid(alt):
            conditions.append("call_invalid_rules")
        if guard:
            conditions.append(guard)

        def success():
            value = self.emit_value(alt, context)
            self.emit_return(rule, value, memo)

        def body():
            if shared is not None:
                value_var, end_var = shared
                out(f"if {value_var} is not None:")
                with out.indent():
                    out(f"pos = {end_var}")
                    first = items[0]
                    if first.name:
                        out(f"{first.name} = {value_var}")
                    self.emit_items(items, 1, context, success)
            else:
                self.emit_items(items, 0, context, success, checked)
            out("pos = _start")
            if has_cut and any(isinstance(n.item, Cut) for n in items):
                out("if _cut:")
                with out.indent():
                    self.emit_return(rule, "None", memo)

        if conditions:
            out(f"if {' and '.join(conditions)}:")
            with out.indent():
                body()
        else:
            body()

    # Alternatives in a row that begin with the same rule call share one call.
    def shared_first_run(self, alts: list[Alt], index: int) -> int:
        first = self.leading_rule(alts[index])
        if first is None or self.mentions_invalid(alts[index]):
            return 1
        run = 1
        while index + run < len(alts):
            other = alts[index + run]
            if self.leading_rule(other) != first or self.mentions_invalid(other):
                break
            run += 1
        return run

    def leading_rule(self, alt: Alt) -> str | None:
        item = alt.items[0].item
        if isinstance(item, Leaf) and not self.is_token(item.name):
            return item.name
        return None

    def emit_shared_run(self, rule: Rule, alts: list[Alt], memo: bool, has_cut: bool) -> None:
        out = self.out
        name = self.leading_rule(alts[0])
        value_var, end_var = self.temp("shared"), self.temp("shared_end")
        guard = self.guard(Leaf(name))
        call = f"{self.function_name(name)}()"
        out(f"# the next {len(alts)} alternatives begin with {name}: parse it once")
        if guard:
            out(f"{value_var} = {call} if {guard.replace('tok_type[pos]', '_t')} else None")
        else:
            out(f"{value_var} = {call}")
        out(f"{end_var} = pos")
        out("pos = _start")
        for alt in alts:
            self.emit_rule_alt(rule, alt, memo, has_cut, shared=(value_var, end_var))

    # -- left recursion ------------------------------------------------------------
    def emit_left_recursive_loop(self, rule: Rule, function: str, memo: bool) -> None:
        """``sum: sum '+' term | term`` -> find a seed with the other alternatives,
        then extend it while an alternative ``sum <tail>`` matches its tail."""
        out = self.out
        recursive = [alt for alt in rule.rhs.alts if self.leading_rule(alt) == rule.name]
        others = [alt for alt in rule.rhs.alts if self.leading_rule(alt) != rule.name]
        order = [self.leading_rule(alt) == rule.name for alt in rule.rhs.alts]
        if order != sorted(order, reverse=True) or any(self.mentions_invalid(a) for a in recursive):
            raise CodegenError(f"rule {rule.name}: left-recursive alternatives must come first")
        out(f"def {function}():")
        with out.indent():
            self.emit_rule_entry(rule, memo)
            self.emit_chain_jump(rule, memo)
            out("_left = None")
            out("while True:  # the seed: the first alternative not starting with the rule")
            with out.indent():
                has_cut = any(isinstance(n.item, Cut) for a in others for n in a.items)
                if has_cut:
                    out("_cut = False")
                for alt in others:
                    self.emit_loop_alt(alt, "_start", "_left", has_cut, grow=False)
                out("break")
            out("if _left is None:")
            with out.indent():
                out("pos = _start")
                self.emit_return(rule, "None", memo)
            out(f"while True:  # grow: {rule.name} <tail> while a tail follows")
            with out.indent():
                tails = set()
                for alt in recursive:
                    tail_first = self.analysis.alt_first(Alt(alt.items[1:]))
                    tails = None if tail_first is None or tails is None else tails | tail_first
                if tails:
                    out(f"if {self.token_in('tok_type[pos]', tails).replace(' == ', ' != ').replace(' in ', ' not in ')}:")
                    with out.indent():
                        out("break  # no tail can follow")
                out("_mark = pos")
                has_cut = any(isinstance(n.item, Cut) for a in recursive for n in a.items)
                if has_cut:
                    out("_cut = False")
                for alt in recursive:
                    self.emit_loop_alt(alt, "_mark", "_left", has_cut, grow=True)
                out("break")
            self.emit_return(rule, "_left", memo)

    def emit_loop_alt(self, alt: Alt, mark: str, target: str, has_cut: bool, grow: bool) -> None:
        """An alternative inside a ``while True`` loop: on success set ``target``
        and ``break`` (seed) or ``continue`` (grow); on failure reset to ``mark``."""
        out = self.out
        out(f"# {alt}"[:300])
        self.ensure_names(alt)
        context = _AltContext("_start", "_cut" if has_cut else None)
        items = alt.items
        conditions = []
        if self.mentions_invalid(alt):
            conditions.append("call_invalid_rules")
        if not grow:
            first = self.analysis.alt_first(alt)
            if first:
                conditions.append(self.token_in("_t", first))
        else:
            rest = Alt(items[1:], alt.action)
            first = self.analysis.alt_first(rest)
            if first:
                conditions.append(self.token_in("tok_type[pos]", first))
        checked = first or None

        def success():
            value = self.emit_value(alt, context)
            if grow:
                if self._action_may_give_none(alt):
                    out(f"_new = {value}")
                    out("if _new is None:")
                    with out.indent():
                        out(f"pos = {mark}")
                        out("break")
                    out(f"{target} = _new")
                else:
                    out(f"{target} = {value}")
                out("continue")
            else:
                out(f"{target} = {value}")
                out("break")

        def body():
            if grow:
                first = items[0]
                if first.name:
                    out(f"{first.name} = {target}")
                self.emit_items(items, 1, context, success, checked)
            else:
                self.emit_items(items, 0, context, success, checked)
            out(f"pos = {mark}")
            if has_cut and any(isinstance(n.item, Cut) for n in items):
                out("if _cut:")
                with out.indent():
                    out("break")

        if conditions:
            out(f"if {' and '.join(conditions)}:")
            with out.indent():
                body()
        else:
            body()

    def emit_leader(self, rule: Rule, function: str, body: str) -> None:
        """Seed growing (pegen's memoize_left_rec) for a rule on a left-recursive cycle."""
        out = self.out
        out(f"def {function}():")
        with out.indent():
            out("nonlocal pos")
            out("_start = pos")
            out(f"_hit = {rule.name}_memo.get(_start)")
            out("if _hit is not None:")
            with out.indent():
                out("pos = _hit[1]")
                out("return _hit[0]")
            out("_last, _last_end = None, _start")
            out(f"{rule.name}_memo[_start] = (None, _start)  # the first round sees a failure here")
            out("while True:")
            with out.indent():
                out("pos = _start")
                out(f"_result = {body}()")
                out("if _result is None or pos <= _last_end:")
                with out.indent():
                    out("break")
                out("_last, _last_end = _result, pos")
                out(f"{rule.name}_memo[_start] = (_result, pos)")
            out("pos = _last_end")
            out("return _last")

    def emit_without_invalid(self, function: str, body: str) -> None:
        out = self.out
        out(f"def {function}():")
        with out.indent():
            out('"""The same rule with the invalid_ alternatives switched off below it."""')
            out("nonlocal call_invalid_rules")
            out("_saved = call_invalid_rules")
            out("call_invalid_rules = False")
            out(f"_result = {body}()")
            out("call_invalid_rules = _saved")
            out("return _result")

    # -- the value of an alternative ----------------------------------------------------
    def emit_value(self, alt: Alt, context: _AltContext, var: str = "_node") -> str:
        """Emit what computes an alternative's value; return the expression for it."""
        if alt.action is not None:
            fast = fast_construction(alt.action, [value.format(start=context.start)
                                                  for value in _EXTRA_VALUES])
            if fast is not None:
                node_class, attributes = fast
                self.out(f"{var} = new_node({node_class})")
                self.out(f"{var}.__dict__ = {attributes}")
                return var
            return re.sub(r"\bEXTRA\b", _EXTRA.format(start=context.start), alt.action)
        values = [named for named in alt.items if self._has_value(named.item)]
        if len(values) == 1:
            return values[0].name
        return "True"

    def assign_token_value(self, var: str, template: str, index: str) -> None:
        """``var = <the value of the token at index>``: its index, or a Name/Constant node."""
        if "TOKEN_EXTRA" not in template:
            self.out(f"{var} = {template.format(i=index)}")
            return
        fast = fast_construction(template.format(i=index).replace("TOKEN_EXTRA", "EXTRA"),
                                 [value.format(i=index) for value in _TOKEN_EXTRA_VALUES])
        node_class, attributes = fast
        self.out(f"{var} = new_node({node_class})")
        self.out(f"{var}.__dict__ = {attributes}")

    def ensure_names(self, alt: Alt) -> None:
        """Give a variable to every item whose value the alternative returns."""
        if alt.action is not None:
            return
        values = [named for named in alt.items if self._has_value(named.item)]
        if len(values) == 1 and values[0].name is None:
            values[0].name = self.temp("v")

    # -- items ----------------------------------------------------------------------------
    def emit_items(self, items: list[NamedItem], index: int, context: _AltContext, success,
                   checked: frozenset | None = None) -> None:
        """Code for items[index:], nested; ``success`` emits what follows a match.

        ``checked``: the token types the next token is already known to have
        (the alternative's FIRST-set guard), which makes the first item's own
        test of that token unnecessary.
        """
        if index == len(items):
            success()
            return
        self.emit_item(items[index], context,
                       lambda: self.emit_items(items, index + 1, context, success), checked)

    def emit_item(self, named: NamedItem, context: _AltContext, rest, checked=None) -> None:
        out = self.out
        item, name = named.item, named.name

        if isinstance(item, Cut):
            out(f"{context.cut_var} = True")
            rest()
            return

        if isinstance(item, Lookahead):
            self.emit_lookahead(item, rest)
            return

        if isinstance(item, Forced):
            single = self.single_token(item.item)
            if single is None:
                raise CodegenError(f"&& is only supported on tokens: {item}")
            condition, value = single
            out(f"if not ({condition}):")
            with out.indent():
                out(f"raise_expected(p, pos, {str(item.item)!r})")
            if name:
                self.assign_token_value(name, value, "pos")
            out("pos += 1")
            rest()
            return

        single = self.single_token(item)
        if single is not None:
            condition, value = single
            if checked is not None and not self._is_soft(item) and \
                    checked <= self.analysis.item_first(item):
                # The alternative's guard already tested this very token.
                if name:
                    self.assign_token_value(name, value, "pos")
                out("pos += 1")
                rest()
                return
            out(f"if {condition}:")
            with out.indent():
                if name:
                    self.assign_token_value(name, value, "pos")
                out("pos += 1")
                rest()
            return

        if isinstance(item, Optional):
            self.emit_optional(item.item, name, context)
            rest()
            return

        if isinstance(item, Repeat):
            self.emit_repeat(item, name, context, rest)
            return

        if isinstance(item, Gather):
            self.emit_gather(item, name, context, rest)
            return

        if isinstance(item, Group):
            choice = self.simple_choice(item.rhs)
            if choice is not None:
                var = name or self.temp("v")
                out(f"if {self.choice_condition(choice, var)}:")
                with out.indent():
                    rest()
                return

        function, target = self.callable_for(item)
        var = name or "_"
        guard = self.guard(target)
        if checked is not None and checked <= (self.analysis.item_guard(target) or frozenset()):
            guard = None   # the alternative's guard already tested the first token
        call = f"({var} := {function}()) is not None"
        out(f"if {guard + ' and ' if guard else ''}{call}:")
        with out.indent():
            rest()

    @staticmethod
    def _is_soft(item) -> bool:
        """A soft keyword or SOFT_KEYWORD: a NAME whose text must be checked too."""
        return (isinstance(item, Literal) and item.soft) or \
            (isinstance(item, Leaf) and item.name == "SOFT_KEYWORD")

    # A group whose alternatives are single rule calls: (yield_expr | star_expressions)
    def simple_choice(self, rhs: Rhs) -> list[Item] | None:
        choice = []
        for alt in rhs.alts:
            if alt.action or len(alt.items) != 1 or alt.items[0].name:
                return None
            item = alt.items[0].item
            if not (isinstance(item, Leaf) and not self.is_token(item.name)):
                return None
            choice.append(item)
        return choice

    def choice_condition(self, choice: list[Item], var: str) -> str:
        parts = []
        for item in choice:
            guard = self.guard(item)
            call = f"({var} := {self.function_name(item.name)}()) is not None"
            if item.name in self.invalid_rules:
                call = f"call_invalid_rules and {call}"
            parts.append(f"({guard} and {call})" if guard else f"({call})")
        return " or ".join(parts)

    def emit_lookahead(self, item: Lookahead, rest) -> None:
        out = self.out
        inner = item.item
        single = self.single_token(inner)
        if single is not None:
            condition, _ = single
            out(f"if {condition}:" if item.positive else f"if not ({condition}):")
            with out.indent():
                rest()
            return
        if isinstance(inner, Group):
            choice = self.simple_choice(inner.rhs)
        else:
            choice = None
        mark = self.temp("mark")
        out(f"{mark} = pos")
        if choice is not None:
            condition = self.choice_condition(choice, "_")
        else:
            function, target = self.callable_for(inner)
            guard = self.guard(target)
            condition = f"{function}() is not None"
            if guard:
                condition = f"{guard} and {condition}"
        if item.positive:
            out(f"if {condition}:")
            with out.indent():
                out(f"pos = {mark}")
                rest()
        else:
            out(f"_found = {condition}")
            out(f"pos = {mark}")
            out("if not _found:")
            with out.indent():
                rest()

    def emit_optional(self, inner: Item, name: str | None, context: _AltContext) -> None:
        """[x] or x?: bind the value or None, and go on either way."""
        out = self.out
        var = name or "_"
        single = self.single_token(inner)
        if single is not None:
            condition, value = single
            out(f"if {condition}:")
            with out.indent():
                if name:
                    self.assign_token_value(name, value, "pos")
                out("pos += 1")
            if name:
                out("else:")
                with out.indent():
                    out(f"{name} = None")
            return
        if self.inlinable_group(inner):
            # [ 'as' z=NAME { z } ]: the items inline, the value or None.
            matched = self.temp("matched")
            out(f"{var} = None")
            out(f"{matched} = False")

            def success(alt, value):
                out(f"{var} = {value}")
                out(f"{matched} = True")

            mark = self.emit_inline_group(inner, success)
            out(f"if not {matched}:")
            with out.indent():
                out(f"pos = {mark}")
            return
        if isinstance(inner, Group):
            choice = self.simple_choice(inner.rhs)
            if choice is not None:
                mark = self.temp("mark")
                out(f"{mark} = pos")
                out(f"if not ({self.choice_condition(choice, var)}):")
                with out.indent():
                    out(f"{var} = None")
                    out(f"pos = {mark}")
                return
        function, target = self.callable_for(inner)
        guard = self.guard(target)
        if guard:
            out(f"{var} = {function}() if {guard} else None")
        else:
            out(f"{var} = {function}()")

    @staticmethod
    def inlinable_group(item: Item) -> bool:
        """A group of one alternative without a cut, which can be written in place."""
        return isinstance(item, Group) and len(item.rhs.alts) == 1 and not any(
            isinstance(named.item, Cut) for named in item.rhs.alts[0].items)

    def emit_inline_group(self, group: Group, success) -> str:
        """The items of a one-alternative group, in place; ``success(alt, value)``
        emits what follows a match. Returns the variable holding the start."""
        out = self.out
        alt = group.rhs.alts[0]
        self.ensure_names(alt)
        mark = self.temp("mark")
        group_context = _AltContext(mark)
        out(f"{mark} = pos")
        guard = self.analysis.alt_first(alt)

        def matched():
            success(alt, self.emit_value(alt, group_context))

        if guard:
            out(f"if {self.token_in('tok_type[pos]', guard)}:")
            with out.indent():
                self.emit_items(alt.items, 0, group_context, matched)
        else:
            self.emit_items(alt.items, 0, group_context, matched)
        return mark

    def emit_element_attempt(self, element: Item, value_var: str, context: _AltContext, on_match) -> None:
        """Code that tries ``element`` once; calls ``on_match`` where it matched."""
        out = self.out
        single = self.single_token(element)
        if single is not None:
            condition, value = single
            out(f"if {condition}:")
            with out.indent():
                self.assign_token_value(value_var, value, "pos")
                out("pos += 1")
                on_match()
            return
        if self.inlinable_group(element):
            def success(alt, value):
                out(f"{value_var} = {value}")
                if self._action_may_give_none(alt):
                    out(f"if {value_var} is not None:")
                    with out.indent():
                        on_match()
                else:
                    on_match()

            mark = self.emit_inline_group(element, success)
            out(f"pos = {mark}")
            return
        if isinstance(element, Group):
            choice = self.simple_choice(element.rhs)
            if choice is not None:
                out(f"if {self.choice_condition(choice, value_var)}:")
                with out.indent():
                    on_match()
                return
        function, target = self.callable_for(element)
        guard = self.guard(target)
        call = f"({value_var} := {function}()) is not None"
        out(f"if {guard + ' and ' if guard else ''}{call}:")
        with out.indent():
            on_match()

    def emit_repeat(self, item: Repeat, name: str | None, context: _AltContext, rest) -> None:
        """x* / x+: a list of values; x+ fails when the list is empty."""
        out = self.out
        var = name or self.temp("items")
        element = item.item
        value = self.temp("element")
        out(f"{var} = []")
        out("while True:")
        with out.indent():
            mark = self.temp("mark")
            out(f"{mark} = pos")

            def matched():
                out(f"{var}.append({value})")
                out("continue")

            self.emit_element_attempt(element, value, context, matched)
            out(f"pos = {mark}")
            out("break")
        if item.at_least_one:
            out(f"if {var}:")
            with out.indent():
                rest()
        else:
            rest()

    def emit_gather(self, item: Gather, name: str | None, context: _AltContext, rest) -> None:
        """sep.x+: one x, then as many (sep x) as follow; the separators are dropped."""
        out = self.out
        var = name or self.temp("items")
        first = self.temp("element")

        def first_matched():
            out(f"{var} = [{first}]")
            out("while True:")
            with out.indent():
                mark = self.temp("mark")
                out(f"{mark} = pos")
                separator = self.single_token(item.separator)
                if separator is None:
                    raise CodegenError(f"gather separators must be tokens: {item}")
                out(f"if {separator[0]}:")
                with out.indent():
                    out("pos += 1")
                    value = self.temp("element")

                    def matched():
                        out(f"{var}.append({value})")
                        out("continue")

                    self.emit_element_attempt(item.item, value, context, matched)
                out(f"pos = {mark}")
                out("break")
            rest()

        self.emit_element_attempt(item.item, first, context, first_matched)


def generate_parser(analysis: Analysis, digest: str) -> str:
    return CodeGenerator(analysis).generate(digest)
