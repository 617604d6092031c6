"""Frozenset constants iterate in CPython's order (and so ``dis`` prints them alike).

``x in {74, 85, 96, 10, 21}`` loads one constant, a frozenset. Two sets with
the same items can iterate in different orders: an item whose slot is taken
goes to the next free one, so the order of insertion matters. CPython builds
the frozenset twice: once from the items in source order (the AST
optimizer), then again from the first one's iteration order, when the
constant is merged into the compilation's constant cache
(``merge_consts_recursive``). clearpy once built it only once, and ``clearpy
dis`` printed such constants in another order than ``python -m dis``.
"""

import clearpy
import pytest

INTEGER_SETS = ["{74, 85, 96, 10, 21}", "{65, 76, 87, 1, 12, 23, 34, 45, 56, 67}",
                "{5, 16, 27, 38, 49, 60, 71, 82, 93, 7, 18}"]
STRING_SETS = ["{%s}" % ", ".join(repr(f"name{n}") for n in range(size)) for size in (5, 9, 14)]


def frozensets_in_order(code) -> list[list]:
    """Every frozenset constant of ``code`` and its nested code, as lists in iteration order."""
    found = []
    for constant in code.co_consts:
        if isinstance(constant, frozenset):
            found.append(list(constant))
        elif hasattr(constant, "co_consts"):
            found.extend(frozensets_in_order(constant))
    return found


@pytest.mark.parametrize("literal", INTEGER_SETS + STRING_SETS)
@pytest.mark.parametrize("template", ["x in {}", "for y in {}: pass",
                                      "def f(x):\n    return x not in {}", "s = {{*a, *{}}}"])
def test_frozenset_constants_iterate_as_cpythons(template, literal):
    source = template.format(literal)
    expected = frozensets_in_order(compile(source, "<test>", "exec"))
    assert expected, "the program has no frozenset constant"
    assert frozensets_in_order(clearpy.compile(source, "<test>", "exec")) == expected
