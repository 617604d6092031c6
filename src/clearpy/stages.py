"""Which stage is whose: clearpy's own, or CPython's, for each step of the journey.

    source -> tokenizer -> parser -> compiler -> VM -> the program's behaviour

Every stage of clearpy produces CPython's own artifact (tokens, ``ast`` nodes,
code objects), so any stage can be swapped for CPython's and the journey still
works. That is how one stage is checked alone: if a program misbehaves under
clearpy and behaves with CPython's parser in place of clearpy's, the parser is
to blame. ``clearpy run --tokenizer=cpython``, ``--parser=cpython``,
``--compiler=cpython`` and ``--vm=cpython`` make the swaps (docs/swapping-stages.md).

Two rules come from how CPython is built:

- CPython's parser reads tokens only from CPython's own tokenizer (they are
  one C program). Choosing CPython's parser therefore means CPython's
  tokenizer too; asking for clearpy's tokenizer with CPython's parser is an
  error.
- CPython's compiler accepts a syntax tree made by anyone (``compile()``
  takes an ``ast.Module``), so clearpy's parser can feed CPython's compiler,
  and CPython's parser can feed clearpy's compiler.

A choice is a ``Stages`` value; ``Stages.compile_function()`` is the front
end it describes (tokenizer, parser and compiler) as one function with the
signature of ``compile()``, which both virtual machines take.
"""

import ast
import builtins
import sys
from dataclasses import dataclass

CLEARPY, CPYTHON = "clearpy", "cpython"
CHOICES = (CLEARPY, CPYTHON)
STAGE_NAMES = ("tokenizer", "parser", "compiler", "vm")
CACHE_TAG = "clearpy-312"          # clearpy's own .pyc files: __pycache__/NAME.clearpy-312.pyc
CPYTHON_CACHE_TAG = sys.implementation.cache_tag   # "cpython-312"

PyCF_ONLY_AST = ast.PyCF_ONLY_AST
_MODES = ("exec", "eval", "single")
_MODES_FOR_TREES = _MODES + ("func_type",)   # with PyCF_ONLY_AST
_FUTURE_FLAGS = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000


class StageChoiceError(ValueError):
    """A combination of stages that cannot work (said in words for the user)."""


@dataclass(frozen=True)
class Stages:
    """Whose each stage is: "clearpy" or "cpython"."""

    tokenizer: str = CLEARPY
    parser: str = CLEARPY
    compiler: str = CLEARPY
    vm: str = CLEARPY

    @classmethod
    def choose(cls, tokenizer=None, parser=None, compiler=None, vm=None) -> "Stages":
        """The stages asked for (None: not asked, clearpy's unless a rule says otherwise)."""
        for name, value in zip(STAGE_NAMES, (tokenizer, parser, compiler, vm)):
            if value is not None and value not in CHOICES:
                raise StageChoiceError(f"unknown {name} {value!r} (choose clearpy or cpython)")
        if parser == CPYTHON and tokenizer == CLEARPY:
            raise StageChoiceError("CPython's parser reads only CPython's tokens: "
                                   "--tokenizer=clearpy needs --parser=clearpy")
        if tokenizer is None:
            tokenizer = CPYTHON if parser == CPYTHON else CLEARPY
        return cls(tokenizer, parser or CLEARPY, compiler or CLEARPY, vm or CLEARPY)

    def swapped(self) -> list[str]:
        """The stages that are CPython's, in journey order (a tokenizer implied by
        CPython's parser is not listed)."""
        return [name for name in STAGE_NAMES if getattr(self, name) == CPYTHON
                and not (name == "tokenizer" and self.parser == CPYTHON)]

    def describe(self) -> str:
        """One line for people: e.g. "clearpy's tokenizer, CPython's parser, ..."."""
        return ", ".join(f"{'CPython' if getattr(self, name) == CPYTHON else 'clearpy'}'s "
                         f"{'VM' if name == 'vm' else name}" for name in STAGE_NAMES)

    @property
    def front_end_is_cpythons(self) -> bool:
        """Tokens, tree and code all CPython's: exactly what ``compile()`` does."""
        return self.parser == CPYTHON and self.compiler == CPYTHON

    def front_end_name(self) -> str:
        """A short name for the front end: "clearpy", or "clearpy-cpython-parser" and the like."""
        swapped = [name for name in self.swapped() if name != "vm"]
        return "-".join([CLEARPY] + [f"cpython-{name}" for name in swapped])

    def cache_tag(self) -> str:
        """The cache tag of the ``.pyc`` files this front end writes.

        clearpy's own files are ``NAME.clearpy-312.pyc``; with CPython's whole
        front end, CPython's own ``NAME.cpython-312.pyc``. A mixed front end
        gets files of its own (``NAME.clearpy-312-cpython-parser.pyc``), so code
        made one way is never served when another way is asked for.
        """
        if self.front_end_is_cpythons:
            return CPYTHON_CACHE_TAG
        return CACHE_TAG + self.front_end_name()[len(CLEARPY):]

    def compile_function(self):
        """The front end as one function with ``compile()``'s signature.

        None means CPython's own ``compile()`` (the whole front end is CPython's).
        With clearpy's compiler, the parser chosen is installed with
        ``clearpy.compiler.compile.set_parser``: the choice holds for the whole
        process, as a run has one front end.
        """
        if self.front_end_is_cpythons:
            return None
        from clearpy.compiler import compile as compile_module

        parse = _parse_function(self)
        if self.compiler == CLEARPY:
            compile_module.set_parser(parse)
            return compile_module.compile
        return _cpython_compiler_fed_by(parse)


def _parse_function(stages: Stages):
    from clearpy.compiler import compile as compile_module

    if stages.parser == CPYTHON:
        return compile_module.parse_with_cpython
    if stages.tokenizer == CPYTHON:
        return compile_module.parse_with_cpython_tokens
    return compile_module.parse_with_clearpy


def _cpython_compiler_fed_by(parse):
    """``compile()`` in which clearpy's parser makes the tree and CPython's compiler the code."""

    def compile_with_cpythons_compiler(source, filename, mode, flags=0, dont_inherit=False,
                                       optimize=-1, *, _feature_version=-1):
        if not dont_inherit:
            flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
        modes = _MODES_FOR_TREES if type(flags) is int and flags & PyCF_ONLY_AST else _MODES
        if isinstance(source, ast.AST) or type(flags) is not int or mode not in modes:
            # A tree is compiled as it is; odd arguments get compile()'s own errors.
            return builtins.compile(source, filename, mode, flags, True, optimize,
                                    _feature_version=_feature_version)
        tree = parse(source, filename, mode, flags,
                     _feature_version if flags & PyCF_ONLY_AST else -1)
        if flags & PyCF_ONLY_AST:
            return tree
        return builtins.compile(tree, filename, mode, flags, True, optimize)

    return compile_with_cpythons_compiler
