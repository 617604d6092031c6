"""Step 2 of the journey: the parser turns the tokens into a tree (the AST).

The tree is drawn as a tree: each node is a piece of the program (a
statement, an expression, a name), its children the pieces it is made of,
with the line and column where its text starts.
"""

import ast

from rich.text import Text
from rich.tree import Tree

TITLE = "Abstract syntax tree"

EXPLANATION = (
    "The parser reads the tokens and checks them against Python's grammar, a set "
    "of rules such as 'a call is an expression followed by arguments in "
    "parentheses'. What it builds is the abstract syntax tree: one node per piece "
    "of the program, each made of smaller pieces. The punctuation is gone (the "
    "tree's shape says what the parentheses and commas said), and every node "
    "knows where its text is (line:column). This is the tree `ast.parse` returns."
)

# Fields shown next to a node's name rather than as children.
_QUIET = (ast.expr_context, ast.operator, ast.boolop, ast.unaryop, ast.cmpop)
MAX_NODES = 300


def compute(journey):
    """The tree, or the SyntaxError the parser raised."""
    from clearpy.parser import parse

    try:
        return journey.result("ast", lambda: parse(journey.source, journey.filename)), None
    except SyntaxError as error:
        return None, error


def describe(node: ast.AST) -> Text:
    """A node's label: its kind, its simple fields, its position."""
    label = Text(type(node).__name__, style="bold cyan")
    for field in node._fields:
        value = getattr(node, field, None)
        if isinstance(value, _QUIET):
            label.append(f" {field}=", style="dim")
            label.append(type(value).__name__, style="magenta")
        elif isinstance(value, (str, bytes, int, float, complex)) or value is Ellipsis or (
                value is not None and isinstance(value, bool)):
            label.append(f" {field}=", style="dim")
            label.append(repr(value) if len(repr(value)) < 60 else repr(value)[:57] + "...",
                         style="green")
        elif value is None and field in ("value",) and isinstance(node, ast.Constant):
            label.append(" value=None", style="green")
    if "lineno" in node._attributes and hasattr(node, "lineno"):
        label.append(f"  {node.lineno}:{node.col_offset}", style="dim")
    return label


def _children(node: ast.AST):
    """(field, child node) pairs, in field order."""
    for field in node._fields:
        value = getattr(node, field, None)
        if isinstance(value, ast.AST) and not isinstance(value, _QUIET):
            yield field, value
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, ast.AST):
                    yield f"{field}[{index}]" if len(value) > 1 else field, item


def draw(tree: ast.AST, limit: int = MAX_NODES) -> tuple[Tree, int]:
    """The rich Tree of an AST (at most ``limit`` nodes) and how many nodes were left out."""
    root = Tree(describe(tree))
    shown, left_out = 1, 0
    stack = [(root, child) for child in reversed(list(_children(tree)))]
    while stack:
        parent, (field, node) = stack.pop()
        if shown >= limit:
            left_out += 1
            stack.extend((parent, child) for child in _children(node))
            continue
        label = Text(f"{field}: ", style="yellow")
        label.append_text(describe(node))
        branch = parent.add(label)
        shown += 1
        stack.extend((branch, child) for child in reversed(list(_children(node))))
    return root, left_out


def show(journey, console) -> None:
    console.print(EXPLANATION)
    tree, error = compute(journey)
    if error is not None:
        console.print(Text(f"The parser rejected the program: {type(error).__name__}: "
                           f"{error.msg} (line {error.lineno}, column {error.offset}).",
                           style="bold red"))
        return
    drawing, left_out = draw(tree)
    console.print(drawing)
    if left_out:
        console.print(Text(f"... and {left_out} more nodes (clearpy ast FILE shows them all).",
                           style="dim"))
