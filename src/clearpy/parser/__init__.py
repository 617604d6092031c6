"""Stage 2, the parser: tokens in, CPython's ``ast`` tree out.

    clearpy.parse(source, filename='<unknown>', mode='exec', *,
                  type_comments=False, feature_version=None)

takes the same arguments as ``ast.parse`` and returns the same tree (the same
``ast.dump(tree, include_attributes=True)``), or raises the same SyntaxError.

How it is made (docs/parser.md tells the story):

    python.gram       the grammar of Python 3.12, with actions that build nodes
    generator/        clearpy's PEG parser generator (python -m clearpy.parser.generator)
    generated.py      the parser it generated from python.gram (committed)
    token_arrays.py   the tokens as parallel lists of ints and strings
    state.py          the state the rules and actions share
    actions.py        helpers that build nodes;  literals.py  numbers and strings
    fstrings.py       f-strings and string concatenation;  errors.py  syntax errors
    api.py            parse(): the passes, from source text to tree or error
"""

from clearpy.parser.api import parse

__all__ = ["parse"]
