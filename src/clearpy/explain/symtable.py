"""The symbol-table step of the journey: every scope, and what each name is in it.

Drawn as a tree: the module at the root, then its functions, classes,
lambdas and comprehensions, nested as in the program. Under each scope, every
name it mentions, with its role in plain words (a local variable, a parameter,
a global, a builtin, a variable borrowed from an enclosing function ...).
"""

import builtins

from rich.text import Text
from rich.tree import Tree

from clearpy.compiler.future import parse_future
from clearpy.compiler.symtable import (
    CELL, DEF_ANNOT, DEF_COMP_ITER, DEF_IMPORT, DEF_NONLOCAL, DEF_PARAM, DEF_TYPE_PARAM, FREE, GLOBAL_EXPLICIT,
    GLOBAL_IMPLICIT, LOCAL, USE, BlockType, ComprehensionType, build_symtable)
from clearpy.compiler.symtable.public import default_parser

TITLE = "Symbol tables"

EXPLANATION = (
    "Before making bytecode, Python works out, for every scope (the module, each "
    "function, class, lambda and comprehension), what each name in it refers to. "
    "A name assigned in a function is local to it; a name only read there comes "
    "from an enclosing function, from the module's globals, or from the builtins. "
    "This decides which instruction will fetch it: LOAD_FAST for locals, LOAD_DEREF "
    "for variables shared with nested functions, LOAD_GLOBAL for globals and "
    "builtins, LOAD_NAME in module and class bodies."
)

BUILTIN_NAMES = frozenset(dir(builtins))

# Colours for the roles, so that the same kind of name looks the same everywhere.
STYLES = {
    "parameter": "bold cyan",
    "local": "cyan",
    "cell": "bold magenta",
    "free": "magenta",
    "global": "green",
    "builtin": "yellow",
    "hidden": "dim",
}


def show(journey, console) -> None:
    console.print(EXPLANATION)
    try:
        tree = journey.result("ast", lambda: default_parser()(journey.source, journey.filename,
                                                              "exec"))
    except SyntaxError as error:
        console.print(Text(f"The parser rejected the program ({error.msg}, line {error.lineno}), "
                           "so there are no scopes to show.", style="bold red"))
        return
    try:
        table = journey.result("symtable", lambda: build_symtable(
            tree, journey.filename, parse_future(tree, journey.filename)))
    except SyntaxError as error:
        console.print(Text(f"This step found an error: {error.msg} (line {error.lineno}, "
                           f"column {error.offset}). Python reports it as a SyntaxError before "
                           "running anything.", style="bold red"))
        return
    console.print(draw(table.top))


def draw(scope, tree: Tree | None = None) -> Tree:
    """A rich Tree of ``scope``, its names, and its nested scopes."""
    label = Text.assemble((describe_scope(scope), "bold"), (f"  {scope_notes(scope)}", "dim"))
    node = Tree(label) if tree is None else tree.add(label)
    for name, flags in scope.symbols.items():
        role, style = name_role(scope, name, flags)
        node.add(Text.assemble((name, style), "  ", (role, "default")))
    for child in scope.children:
        draw(child, node)
    return node


COMPREHENSION_WORDS = {
    ComprehensionType.LIST: "list comprehension",
    ComprehensionType.SET: "set comprehension",
    ComprehensionType.DICT: "dict comprehension",
    ComprehensionType.GENERATOR: "generator expression",
}


def describe_scope(scope) -> str:
    """What the scope is, in words: 'function f (line 3)'."""
    line = f" (line {scope.lineno})"
    if scope.type == BlockType.MODULE:
        return "module"
    if scope.type == BlockType.CLASS:
        return f"class {scope.name}{line}"
    if scope.type == BlockType.TYPE_PARAMETERS:
        return f"type parameters of {scope.name}{line}"
    if scope.type == BlockType.TYPE_VAR_BOUND:
        return f"bound of type variable {scope.name}{line}"
    if scope.type == BlockType.TYPE_ALIAS:
        return f"value of type alias {scope.name}{line}"
    if scope.type == BlockType.ANNOTATION:
        return f"annotation{line}"
    if scope.comprehension:
        return COMPREHENSION_WORDS[scope.comprehension] + line
    if scope.name == "lambda":
        return f"lambda{line}"
    return f"function {scope.name}{line}"


def scope_notes(scope) -> str:
    """Facts about the scope worth a beginner's attention."""
    notes = []
    if scope.coroutine and scope.generator:
        notes.append("an async generator")
    elif scope.coroutine and scope.type == BlockType.FUNCTION:
        notes.append("a coroutine (async)")
    elif scope.generator and not scope.comprehension:
        notes.append("a generator (it yields)")
    if scope.needs_class_closure:
        notes.append("its methods use __class__ (e.g. for super())")
    if scope.type == BlockType.MODULE or scope.type == BlockType.CLASS:
        notes.append("names are looked up by name at run time")
    elif scope.is_function_like:
        notes.append("locals are fast locals")
    return "; ".join(notes)


def name_role(scope, name: str, flags: int) -> tuple[str, str]:
    """(the name's role in words, its style)."""
    if name.startswith("."):
        return hidden_name_role(name), STYLES["hidden"]
    kind = scope.get_scope(name)
    at_module = scope.type == BlockType.MODULE
    in_class = scope.type == BlockType.CLASS
    extras = []
    if flags & DEF_IMPORT:
        extras.append("imported")
    if flags & DEF_ANNOT:
        extras.append("annotated")
    if flags & DEF_TYPE_PARAM:
        extras.append("a type parameter")
    if flags & DEF_COMP_ITER:
        extras.append("the loop variable" if scope.comprehension
                      else "loop variable of a comprehension merged into this scope")
    suffix = f" ({', '.join(extras)})" if extras else ""
    if flags & DEF_PARAM:
        shared = ", shared with a nested scope through a cell" if kind == CELL else ""
        return f"parameter{shared}{suffix}", STYLES["parameter"]
    if kind == CELL:
        return f"local variable shared with a nested scope, kept in a cell{suffix}", STYLES["cell"]
    if kind == FREE:
        if flags & DEF_NONLOCAL:
            return f"declared nonlocal: the enclosing function's variable{suffix}", STYLES["free"]
        if name in ("__class__", "__classdict__"):
            return "the enclosing class, reached through a cell", STYLES["free"]
        return f"borrowed from an enclosing scope (a free variable){suffix}", STYLES["free"]
    if kind == GLOBAL_EXPLICIT and at_module:
        return f"a global variable of the module, named in a global statement{suffix}", \
            STYLES["global"]
    if kind == GLOBAL_EXPLICIT:
        return f"declared global: the module's variable{suffix}", STYLES["global"]
    if kind == GLOBAL_IMPLICIT:
        if name in BUILTIN_NAMES and not _bound_at_module(scope, name):
            return f"a builtin (not assigned anywhere here){suffix}", STYLES["builtin"]
        return f"a global: looked up in the module, then the builtins{suffix}", STYLES["global"]
    if kind == LOCAL:
        if at_module:
            return f"a global variable of the module{suffix}", STYLES["global"]
        if in_class:
            return f"a class attribute{suffix}", STYLES["local"]
        return f"local variable{suffix}", STYLES["local"]
    if flags & USE:
        return "used", STYLES["local"]
    return "mentioned", STYLES["local"]


def hidden_name_role(name: str) -> str:
    if name == ".0":
        return "hidden parameter: the iterator the comprehension loops over"
    if name in (".defaults", ".kwdefaults"):
        return "hidden parameter: the default values, passed in"
    if name == ".type_params":
        return "hidden: the tuple of type parameters"
    if name == ".generic_base":
        return "hidden: Generic[...], the base the class gets"
    return "hidden helper variable"


def _bound_at_module(scope, name: str) -> bool:
    return scope.table.top.get_scope(name) == LOCAL
