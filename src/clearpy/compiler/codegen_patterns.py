"""Code generation for ``match`` statements (PEP 634, structural pattern matching).

Each ``case`` tries its pattern against the subject, which stays on the stack.
A pattern is compiled into tests that *consume* the value on top of the stack
and jump away on failure:

* literals compare with ``==`` (``None``/``True``/``False`` with ``is``);
* sequences check ``MATCH_SEQUENCE`` and the length, then unpack;
* mappings check ``MATCH_MAPPING`` and fetch the keys with ``MATCH_KEYS``;
* class patterns call ``MATCH_CLASS``, which returns the attributes or None.

Names a pattern captures are not stored right away: their values are rotated
underneath the items still being matched, and stored only once the whole
pattern has matched (a failed match must not bind anything). On failure, the
jump goes to one of a ladder of ``POP_TOP`` blocks (``fail_pop``) that pops
exactly as many values as were on the stack at that point.
"""

import ast

from clearpy.bytecode.instructions import BY_NAME
from clearpy.compiler.codegen import COPY, JUMP, NO_LOCATION, NOP, POP_TOP, SWAP, location_of
from clearpy.compiler.codegen_expressions import (
    BINARY_OP, BINARY_OPERATORS, BINARY_SUBSCR, BUILD_MAP, BUILD_TUPLE, COMPARISONS,
    DELETE_SUBSCR, DICT_UPDATE, IS_OP, POP_JUMP_IF_FALSE, UNPACK_EX, UNPACK_SEQUENCE)

MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, GET_LEN, COMPARE_OP = (
    BY_NAME[name].opcode for name in (
        "MATCH_CLASS", "MATCH_MAPPING", "MATCH_SEQUENCE", "MATCH_KEYS", "GET_LEN",
        "COMPARE_OP"))

_EQUAL = COMPARISONS[ast.Eq]
_GREATER_OR_EQUAL = COMPARISONS[ast.GtE]
_SUBTRACT = BINARY_OPERATORS[ast.Sub]


def _is_wildcard(pattern) -> bool:
    """``_``: matches anything, binds nothing."""
    return type(pattern) is ast.MatchAs and pattern.name is None and pattern.pattern is None


def _is_star_wildcard(pattern) -> bool:
    """``*_`` in a sequence pattern."""
    return type(pattern) is ast.MatchStar and pattern.name is None


class PatternContext:
    """The state of matching one pattern (compile.c's ``pattern_context``)."""

    __slots__ = ("stores", "allow_irrefutable", "fail_pop", "on_top")

    def __init__(self):
        self.stores: list[str] = []      # names captured so far, in stack order
        self.allow_irrefutable = False   # may this pattern match anything?
        self.fail_pop: list = []         # fail_pop[n]: pop n items, then fail
        self.on_top = 0                  # items above the captures that must be popped


class PatternCodegen:
    """Visitors for match statements (mixed into ``CodeGenerator``)."""

    # -- failure ladder ----------------------------------------------------------------

    def ensure_fail_pop(self, context: PatternContext, count: int) -> None:
        while len(context.fail_pop) < count + 1:
            context.fail_pop.append(self.new_label())

    def jump_to_fail_pop(self, location, context: PatternContext, opcode: int) -> None:
        pops = context.on_top + len(context.stores)
        self.ensure_fail_pop(context, pops)
        self.addop_jump(opcode, location, context.fail_pop[pops])

    def emit_and_reset_fail_pop(self, location, context: PatternContext) -> None:
        labels = context.fail_pop
        if not labels:
            return
        for index in range(len(labels) - 1, 0, -1):
            self.use_label(labels[index])
            self.addop(POP_TOP, location)
        self.use_label(labels[0])
        context.fail_pop = []

    # -- captures ----------------------------------------------------------------------

    def rotate(self, location, count: int) -> None:
        """Move the top item ``count - 1`` places down (3.10's ROT_N, with SWAPs)."""
        while count > 1:
            self.addop(SWAP, location, count)
            count -= 1

    def store_name(self, location, name, context: PatternContext) -> None:
        if name is None:
            self.addop(POP_TOP, location)
            return
        self.check_forbidden_name(name, ast.Store, location)
        if name in context.stores:
            raise self.error(f"multiple assignments to name {name!r} in pattern", location)
        # Rotate the value beneath the items still needed.
        self.rotate(location, context.on_top + len(context.stores) + 1)
        context.stores.append(name)

    # -- sequence patterns ---------------------------------------------------------------

    def pattern_unpack(self, location, patterns) -> None:
        count = len(patterns)
        seen_star = False
        for index, pattern in enumerate(patterns):
            if type(pattern) is ast.MatchStar:
                if seen_star:
                    raise self.error("multiple starred expressions in sequence pattern",
                                     location)
                if index >= (1 << 8) or count - index - 1 >= (0x7FFFFFFF >> 8):
                    raise self.error("too many expressions in star-unpacking sequence pattern",
                                     location)
                self.addop(UNPACK_EX, location, index + ((count - index - 1) << 8))
                seen_star = True
        if not seen_star:
            self.addop(UNPACK_SEQUENCE, location, count)

    def sequence_unpack(self, location, patterns, context: PatternContext) -> None:
        self.pattern_unpack(location, patterns)
        # The unpacked items are new subjects; each stays until its turn.
        context.on_top += len(patterns)
        for pattern in patterns:
            context.on_top -= 1
            self.subpattern(pattern, context)

    def sequence_subscript(self, location, patterns, star: int,
                           context: PatternContext) -> None:
        """Like ``sequence_unpack``, but index the subject (for ``[a, *_, b]``)."""
        context.on_top += 1          # keep the subject for indexing
        size = len(patterns)
        for index, pattern in enumerate(patterns):
            if _is_wildcard(pattern) or index == star:
                continue
            self.addop(COPY, location, 1)
            if index < star:
                self.load_const(index, location)
            else:
                # The subject may not support negative indexes: len(s) - k.
                self.addop(GET_LEN, location)
                self.load_const(size - index, location)
                self.addop(BINARY_OP, location, _SUBTRACT)
            self.addop(BINARY_SUBSCR, location)
            self.subpattern(pattern, context)
        context.on_top -= 1
        self.addop(POP_TOP, location)

    def subpattern(self, pattern, context: PatternContext) -> None:
        """A pattern nested in another: it may be irrefutable."""
        allow_irrefutable = context.allow_irrefutable
        context.allow_irrefutable = True
        self.pattern(pattern, context)
        context.allow_irrefutable = allow_irrefutable

    def pattern_MatchSequence(self, pattern, context: PatternContext) -> None:
        location = location_of(pattern)
        patterns = pattern.patterns
        size = len(patterns)
        star = -1
        only_wildcard = True
        star_wildcard = False
        for index, item in enumerate(patterns):
            if type(item) is ast.MatchStar:
                if star >= 0:
                    raise self.error("multiple starred names in sequence pattern", location)
                star_wildcard = _is_star_wildcard(item)
                only_wildcard = only_wildcard and star_wildcard
                star = index
                continue
            only_wildcard = only_wildcard and _is_wildcard(item)
        context.on_top += 1          # the subject stays during the checks
        self.addop(MATCH_SEQUENCE, location)
        self.jump_to_fail_pop(location, context, POP_JUMP_IF_FALSE)
        if star < 0:
            self.addop(GET_LEN, location)
            self.load_const(size, location)
            self.addop(COMPARE_OP, location, _EQUAL)
            self.jump_to_fail_pop(location, context, POP_JUMP_IF_FALSE)
        elif size > 1:
            self.addop(GET_LEN, location)
            self.load_const(size - 1, location)
            self.addop(COMPARE_OP, location, _GREATER_OR_EQUAL)
            self.jump_to_fail_pop(location, context, POP_JUMP_IF_FALSE)
        context.on_top -= 1
        if only_wildcard:
            self.addop(POP_TOP, location)      # [] / [_] / [*_] ...: nothing to bind
        elif star_wildcard:
            self.sequence_subscript(location, patterns, star, context)
        else:
            self.sequence_unpack(location, patterns, context)

    # -- other patterns ------------------------------------------------------------------

    def pattern_MatchValue(self, pattern, context: PatternContext) -> None:
        location = location_of(pattern)
        value = pattern.value
        if type(value) not in (ast.Constant, ast.Attribute):
            raise self.error("patterns may only match literals and attribute lookups", location)
        self.visit_expr(value)
        self.addop(COMPARE_OP, location, _EQUAL)
        self.jump_to_fail_pop(location, context, POP_JUMP_IF_FALSE)

    def pattern_MatchSingleton(self, pattern, context: PatternContext) -> None:
        location = location_of(pattern)
        self.load_const(pattern.value, location)
        self.addop(IS_OP, location, 0)
        self.jump_to_fail_pop(location, context, POP_JUMP_IF_FALSE)

    def pattern_MatchAs(self, pattern, context: PatternContext) -> None:
        location = location_of(pattern)
        if pattern.pattern is None:
            # Irrefutable: allowed only where it does not hide later cases.
            if not context.allow_irrefutable:
                if pattern.name is not None:
                    raise self.error(f"name capture {pattern.name!r} makes remaining "
                                     "patterns unreachable", location)
                raise self.error("wildcard makes remaining patterns unreachable", location)
            self.store_name(location, pattern.name, context)
            return
        context.on_top += 1          # a copy to store once the inner pattern matched
        self.addop(COPY, location, 1)
        self.pattern(pattern.pattern, context)
        context.on_top -= 1
        self.store_name(location, pattern.name, context)

    def pattern_MatchStar(self, pattern, context: PatternContext) -> None:
        self.store_name(location_of(pattern), pattern.name, context)

    def validate_keyword_attributes(self, attributes, patterns) -> None:
        for index, attribute in enumerate(attributes):
            location = location_of(patterns[index])
            self.check_forbidden_name(attribute, ast.Store, location)
            for other_index in range(index + 1, len(attributes)):
                if attributes[other_index] == attribute:
                    raise self.error(f"attribute name repeated in class pattern: {attribute}",
                                     location_of(patterns[other_index]))

    def pattern_MatchClass(self, pattern, context: PatternContext) -> None:
        location = location_of(pattern)
        patterns = pattern.patterns
        attributes = pattern.kwd_attrs
        keyword_patterns = pattern.kwd_patterns
        count = len(patterns)
        attribute_count = len(attributes)
        if attribute_count != len(keyword_patterns):
            raise self.error(f"kwd_attrs ({attribute_count}) / kwd_patterns "
                             f"({len(keyword_patterns)}) length mismatch in class pattern",
                             location)
        if attribute_count:
            self.validate_keyword_attributes(attributes, keyword_patterns)
        self.visit_expr(pattern.cls)
        self.load_const(tuple(attributes), location)
        self.addop(MATCH_CLASS, location, count)
        self.addop(COPY, location, 1)
        self.load_const(None, location)
        self.addop(IS_OP, location, 1)
        # On top: a tuple of the (count + attribute_count) attributes, or None.
        context.on_top += 1
        self.jump_to_fail_pop(location, context, POP_JUMP_IF_FALSE)
        self.addop(UNPACK_SEQUENCE, location, count + attribute_count)
        context.on_top += count + attribute_count - 1
        for subpattern in (*patterns, *keyword_patterns):
            context.on_top -= 1
            if _is_wildcard(subpattern):
                self.addop(POP_TOP, location)
                continue
            self.subpattern(subpattern, context)

    def pattern_MatchMapping(self, pattern, context: PatternContext) -> None:
        location = location_of(pattern)
        keys = pattern.keys
        patterns = pattern.patterns
        size = len(keys)
        if size != len(patterns):
            raise self.error(f"keys ({size}) / patterns ({len(patterns)}) length mismatch "
                             "in mapping pattern", location)
        rest = pattern.rest
        context.on_top += 1          # the subject stays during the checks
        self.addop(MATCH_MAPPING, location)
        self.jump_to_fail_pop(location, context, POP_JUMP_IF_FALSE)
        if not size and rest is None:
            context.on_top -= 1      # just {}: done
            self.addop(POP_TOP, location)
            return
        if size:
            self.addop(GET_LEN, location)
            self.load_const(size, location)
            self.addop(COMPARE_OP, location, _GREATER_OR_EQUAL)
            self.jump_to_fail_pop(location, context, POP_JUMP_IF_FALSE)
        seen = set()
        for index, key in enumerate(keys):
            if key is None:
                raise self.error("can't use NULL keys in MatchMapping (set 'rest' parameter "
                                 "instead)", location_of(patterns[index]))
            if type(key) is ast.Constant:
                if key.value in seen:
                    raise self.error(f"mapping pattern checks duplicate key ({key.value!r})",
                                     location)
                seen.add(key.value)
            elif type(key) is not ast.Attribute:
                raise self.error("mapping pattern keys may only match literals and attribute "
                                 "lookups", location)
            self.visit_expr(key)
        self.addop(BUILD_TUPLE, location, size)
        self.addop(MATCH_KEYS, location)
        # On top: the tuple of keys and the tuple of values (or None).
        context.on_top += 2
        self.addop(COPY, location, 1)
        self.load_const(None, location)
        self.addop(IS_OP, location, 1)
        self.jump_to_fail_pop(location, context, POP_JUMP_IF_FALSE)
        self.addop(UNPACK_SEQUENCE, location, size)
        context.on_top += size - 1
        for subpattern in patterns:
            context.on_top -= 1
            self.subpattern(subpattern, context)
        # A match: what follows consumes the keys and the subject.
        context.on_top -= 2
        if rest is not None:
            # rest = dict(subject); del rest[key] for each key.
            self.addop(BUILD_MAP, location, 0)            # [subject, keys, empty]
            self.addop(SWAP, location, 3)                 # [empty, keys, subject]
            self.addop(DICT_UPDATE, location, 2)          # [copy, keys]
            self.addop(UNPACK_SEQUENCE, location, size)   # [copy, keys...]
            while size:
                self.addop(COPY, location, 1 + size)      # [copy, keys..., copy]
                size -= 1
                self.addop(SWAP, location, 2)             # [copy, keys..., copy, key]
                self.addop(DELETE_SUBSCR, location)       # [copy, keys...]
            self.store_name(location, rest, context)
        else:
            self.addop(POP_TOP, location)     # the tuple of keys
            self.addop(POP_TOP, location)     # the subject

    def pattern_MatchOr(self, pattern, context: PatternContext) -> None:
        location = location_of(pattern)
        end = self.new_label()
        alternatives = pattern.patterns
        last = len(alternatives) - 1
        saved = (context.stores, context.allow_irrefutable, context.fail_pop, context.on_top)
        control = None     # the names the first alternative binds, in stack order
        for index, alternative in enumerate(alternatives):
            alternative_location = location_of(alternative)
            context.stores = []
            context.allow_irrefutable = index == last and saved[1]
            context.fail_pop = []
            context.on_top = 0
            self.addop(COPY, alternative_location, 1)
            self.pattern(alternative, context)
            stores = context.stores
            if index == 0:
                control = stores
            elif len(stores) != len(control):
                raise self.error("alternative patterns bind different names", location)
            elif stores:
                # Reorder this alternative's captures to the first one's order.
                for control_index in range(len(control) - 1, -1, -1):
                    name = control[control_index]
                    if name not in stores:
                        raise self.error("alternative patterns bind different names", location)
                    store_index = stores.index(name)
                    if control_index != store_index:
                        rotations = store_index + 1
                        rotated = stores[:rotations]
                        del stores[:rotations]
                        offset = control_index - store_index
                        stores[offset:offset] = rotated
                        for _ in range(rotations):
                            self.rotate(alternative_location, control_index + 1)
            self.addop_jump(JUMP, alternative_location, end)
            self.emit_and_reset_fail_pop(alternative_location, context)
        context.stores, context.allow_irrefutable, context.fail_pop, context.on_top = saved
        # No alternative matched: pop the subject's copy and fail.
        self.addop(POP_TOP, location)
        self.jump_to_fail_pop(location, context, JUMP)
        self.use_label(end)
        count = len(control)
        rotations = count + 1 + context.on_top + len(context.stores)
        for name in control:
            self.rotate(location, rotations)
            if name in context.stores:
                raise self.error(f"multiple assignments to name {name!r} in pattern", location)
            context.stores.append(name)
        self.addop(POP_TOP, location)      # the subject's copy

    def pattern(self, pattern, context: PatternContext) -> None:
        method = getattr(self, "pattern_" + type(pattern).__name__, None)
        if method is None:
            raise self.error(f"invalid match pattern node in AST (kind={type(pattern).__name__})",
                             location_of(pattern))
        method(pattern, context)

    # -- the match statement -------------------------------------------------------------

    def visit_Match(self, node: ast.Match) -> None:
        self.visit_expr(node.subject)
        end = self.new_label()
        cases = node.cases
        has_default = _is_wildcard(cases[-1].pattern) and len(cases) > 1
        last_tested = len(cases) - has_default - 1
        context = PatternContext()
        for index in range(len(cases) - has_default):
            case = cases[index]
            location = location_of(case.pattern)
            if index != last_tested:
                self.addop(COPY, location, 1)    # keep the subject for the next case
            context.stores = []
            # Irrefutable cases must be guarded, or last.
            context.allow_irrefutable = case.guard is not None or index == len(cases) - 1
            context.fail_pop = []
            context.on_top = 0
            self.pattern(case.pattern, context)
            # A match: store the captured names (their values are on the stack).
            for name in context.stores:
                self.nameop(location, name, ast.Store)
            if case.guard is not None:
                self.ensure_fail_pop(context, 0)
                self.jump_if(location, case.guard, context.fail_pop[0], False)
            if index != last_tested:
                self.addop(POP_TOP, location)    # the subject
            self.visit_statements(case.body)
            self.addop_jump(JUMP, NO_LOCATION, end)
            # A failed match pops from the pattern's line, not the body's last line.
            self.emit_and_reset_fail_pop(location, context)
        if has_default:
            case = cases[-1]
            location = location_of(case.pattern)
            if len(cases) == 1:
                self.addop(POP_TOP, location)    # no case tested: drop the subject
            else:
                self.addop(NOP, location)        # a line event for the default case
            if case.guard is not None:
                self.jump_if(location, case.guard, end, False)
            self.visit_statements(case.body)
        self.use_label(end)
