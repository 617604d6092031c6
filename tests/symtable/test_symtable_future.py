"""Future statements: the features they turn on, and the errors, as CPython."""

import __future__
import ast
import warnings

import pytest

import clearpy
from clearpy.compiler.future import (
    CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL, FEATURES, parse_future)
from clearpy.conformance.symtable import error_fields

FEATURE_FLAGS = CO_FUTURE_ANNOTATIONS | CO_FUTURE_BARRY_AS_BDFL


def test_feature_table_is_the_future_modules():
    assert list(FEATURES) == __future__.all_feature_names
    for name, flag in FEATURES.items():
        if flag:
            assert getattr(__future__, name).compiler_flag == flag


@pytest.mark.parametrize("source", [
    "x = 1\n",
    "from __future__ import annotations\n",
    '"""doc"""\nfrom __future__ import annotations\n',
    "from __future__ import barry_as_FLUFL\nx = 1\n",
    "from __future__ import division, annotations\n",
    "from __future__ import (generators,\n    annotations as a)\n",
    "from __future__ import nested_scopes\nfrom __future__ import annotations\n",
    "from __future__ import generator_stop; from __future__ import annotations\n",
    "from .__future__ import annotations\n",
    "import os\n",
    "def f(): pass\n",
    "",
])
def test_features_match_compile(source):
    code = compile(source, "<future>", "exec")
    future = parse_future(ast.parse(source), "<future>")
    assert future.features == code.co_flags & FEATURE_FLAGS


def test_features_only_in_module_and_interactive_trees():
    assert parse_future(ast.parse("1", mode="eval"), "f").features == 0
    tree = ast.parse("from __future__ import annotations\n", mode="single")
    assert parse_future(tree, "f").annotations


@pytest.mark.parametrize("source", [
    "import os; from __future__ import annotations\n",
    "import os\nfrom __future__ import annotations\n",
    '"""doc"""\n"""doc2"""\nfrom __future__ import division\n',
    "from __future__ import division\n\"doc\"\nfrom __future__ import division\n",
    "from __future__ import division; import os; from __future__ import annotations\n",
    "from __future__ import division; import os\nfrom __future__ import annotations\n",
    "if 1:\n    from __future__ import division\n",
    "def f():\n    from __future__ import division\n",
    "x = 1\nfrom . __future__ import annotations\n",
    "from . __future__ import annotations\n",
    "from __future__ import division\nfrom __future__ import annotations\n",
    "try:\n    pass\nexcept E:\n    from __future__ import annotations\n",
    "from __future__ import annotations\n",
])
def test_misplaced_future_import_matches_compile(source):
    """The code generator raises it, where it meets the statement (as compile.c)."""
    try:
        clearpy.compile(source, "<future>", "exec")
    except SyntaxError as error:
        mine = error
    else:
        mine = None
    try:
        compile(source, "<future>", "exec")
    except SyntaxError as theirs:
        assert mine is not None
        assert error_fields(mine) == error_fields(theirs)
        assert mine.args == theirs.args
    else:
        assert mine is None
