"""clearpy's PEG parser generator: grammar text in, Python parser module out.

    python -m clearpy.parser.generator            # regenerate parser/generated.py

The steps, one module each:

    metagrammar.py   read the grammar file into rules, alternatives and items (model.py)
    analysis.py      nullable rules, FIRST sets, keywords, left recursion
    codegen.py       write one Python function per rule
    shortcuts.py     its speed tricks: fast node construction, chain jumps

The generated module is committed. Its first lines record a digest of the
grammar and of this generator's sources, and a test fails when either changed
without regenerating (tests/parser/test_generator.py).
"""

import hashlib
from pathlib import Path

from clearpy.parser.generator.analysis import analyze
from clearpy.parser.generator.codegen import generate_parser
from clearpy.parser.generator.metagrammar import parse_grammar

PARSER_DIRECTORY = Path(__file__).resolve().parent.parent
GRAMMAR_PATH = PARSER_DIRECTORY / "python.gram"
GENERATED_PATH = PARSER_DIRECTORY / "generated.py"
_GENERATOR_SOURCES = ("model.py", "metagrammar.py", "analysis.py", "codegen.py", "shortcuts.py")


def digest(grammar_text: str) -> str:
    """A fingerprint of the grammar and of the generator that turns it into code."""
    hasher = hashlib.sha256(grammar_text.encode("utf-8"))
    for name in _GENERATOR_SOURCES:
        hasher.update((Path(__file__).parent / name).read_bytes())
    return hasher.hexdigest()[:16]


def generate(grammar_text: str) -> str:
    """The Python source of a parser for ``grammar_text``."""
    grammar = parse_grammar(grammar_text)
    return generate_parser(analyze(grammar), digest(grammar_text))


def regenerate() -> Path:
    """Write the parser for clearpy's own grammar; return where it went."""
    GENERATED_PATH.write_text(generate(GRAMMAR_PATH.read_text(encoding="utf-8")), encoding="utf-8")
    return GENERATED_PATH
