"""The symbol-table step of ``clearpy explain``."""

from rich.console import Console

from clearpy.explain import Journey
from clearpy.explain import symtable as step

PROGRAM = b"""import math
counter = 0
def make_adder(n):
    def add(x):
        return x + n
    return add
class Greeter:
    def greet(self, name):
        global counter
        counter += 1
        return super().greet() + str([len(w) for w in name])
type Pair[T] = tuple[T, T]
print(make_adder(2)(40), math.pi)
"""


def explain(source: bytes) -> str:
    console = Console(record=True, width=200)
    step.show(Journey("program.py", source), console)
    return console.export_text()


def test_scopes_are_drawn_as_a_tree_with_roles_in_words():
    text = explain(PROGRAM)
    lines = [line.strip("│├└─ ") for line in text.splitlines()]
    assert "module  names are looked up by name at run time" in lines
    assert "math  a global variable of the module (imported)" in lines
    assert "print  a builtin (not assigned anywhere here)" in lines
    assert "n  parameter, shared with a nested scope through a cell" in lines
    assert "n  borrowed from an enclosing scope (a free variable)" in lines
    assert "counter  declared global: the module's variable" in lines
    assert "w  local variable (loop variable of a comprehension merged into this scope)" in lines
    assert "__class__  the enclosing class, reached through a cell" in lines
    assert any(line.startswith("class Greeter (line 7)") and "__class__" in line for line in lines)
    assert any(line.startswith("type parameters of Pair (line 12)") for line in lines)
    assert "T  local variable shared with a nested scope, kept in a cell (a type parameter)" in lines
    # Nesting is drawn: add's line is indented deeper than make_adder's.
    depth = {line.strip("│├└─ ").split(" (")[0]: len(line) - len(line.lstrip("│├└─ "))
             for line in text.splitlines()}
    assert depth["function add"] > depth["function make_adder"] > depth["module  names are looked up by name at run time"]


def test_a_symbol_table_error_is_explained():
    text = explain(b"def f(a, a):\n    pass\n")
    assert "duplicate argument 'a' in function definition (line 1, column 10)" in text


def test_a_parse_error_is_explained():
    text = explain(b"def f(:\n")
    assert "The parser rejected the program" in text


def test_step_reuses_the_journeys_results():
    journey = Journey("program.py", b"x = 1\n")
    step.show(journey, Console(file=open("/dev/null", "w")))
    table = journey.result("symtable", lambda: None)
    assert table.top.get_scope("x") == 1
