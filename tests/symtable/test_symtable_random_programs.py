"""Random programs full of scoping constructs: clearpy must agree with CPython on each.

The programs come from ``symtable_program_generator`` (hypothesis picks the
seeds); about half are valid, half raise CPython's SyntaxError. A longer sweep
is ``symtable_random_sweep.py``, run by hand.
"""

import ast
import warnings

from hypothesis import HealthCheck, given, settings, strategies as st

from clearpy.conformance.symtable import compare_source
from symtable_program_generator import random_program


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_random_program_agrees_with_cpython(seed):
    source = random_program(seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(source)
        except SyntaxError:
            return  # the parser's business, not the symbol table's
        assert compare_source(source, "<random>") is None, source


def test_generator_makes_both_valid_and_invalid_programs():
    import symtable

    outcomes = set()
    for seed in range(40):
        try:
            symtable.symtable(random_program(seed), "<random>", "exec")
            outcomes.add("valid")
        except SyntaxError:
            outcomes.add("invalid")
    assert outcomes == {"valid", "invalid"}
