"""clearpy's disassembler prints exactly what CPython 3.12's dis prints."""

import dis
import functools
import io
import warnings

import pytest

from clearpy.bytecode import disassembler
from clearpy.bytecode.disassembler import decode_instructions, disassembly_text, fast_local_names
from clearpy.corpus import corpus_sample


def dis_text(code, **options) -> str:
    buffer = io.StringIO()
    dis.dis(code, file=buffer, **options)
    return buffer.getvalue()


def compiled(source: str, filename: str = "<test>"):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compile(source, filename, "exec")


def all_code_objects(code):
    yield code
    for nested in disassembler.nested_code_objects(code):
        yield from all_code_objects(nested)


CORPUS_PATHS = corpus_sample(40, seed=5)


@functools.cache
def corpus_module(path):
    """The compiled module, or None when CPython rejects the file."""
    try:
        return compiled(path.read_bytes(), str(path))
    except (SyntaxError, ValueError):
        return None


def corpus_modules(count):
    modules = (corpus_module(path) for path in CORPUS_PATHS[:count])
    return [module for module in modules if module is not None]

# One program using every kind of instruction argument the listing explains.
EVERY_ARGUMENT_KIND = '''
from os.path import *
import sys as system
x = 1
def outer(a, b=2, *args, c, d=4, **kw) -> int:
    total = a + b - c * d / 2 // 3 % 4 ** 5 @ x if a else ~a
    total += 1; total -= 1; total *= 2; total //= 3; total <<= 1; total >>= 1
    total |= 1; total &= 3; total ^= 2; total **= 2; total %= 7; total /= 1; total @= x
    def inner(p=1, *, q=2) -> int:
        nonlocal total
        total = total + a
        return total
    if a < b <= c == d != a > b >= c and a is not b and a in args and b not in kw:
        print(f"{a!r:>10} {b!s} {c!a} {d:{a}} {a=}")
    try:
        [y for y in args if y]
        {k: v for k, v in kw.items()}
    except* ValueError as group:
        raise TypeError("no") from group
    finally:
        del a
    with open("f") as handle, open("g"):
        pass
    match system.argv:
        case [first, *rest] if first: pass
        case {"key": value, **others}: pass
        case str() | bytes(): pass
        case Point(x=0, y=y): pass
    return lambda: inner() + total
class C(Base, metaclass=Meta):
    def method(self):
        return super().method() + super().attribute
    async def coroutine(self):
        async with self as it:
            async for item in it:
                await item
        yield_ = [await z async for z in self]
    def generator(self):
        yield 1
        yield from range(3)
def generic[T: int, *Ts, **P](value: T) -> T: return value
type Alias[K] = list[K]
print(-x, not x, +x, x[1:2], x[::3])
'''


@pytest.mark.parametrize("path", CORPUS_PATHS, ids=lambda path: path.name)
def test_listing_identical_to_dis_on_corpus_files(path):
    module = corpus_module(path)
    if module is None:
        pytest.skip("CPython's compiler rejects this file: nothing to disassemble")
    assert disassembly_text(module) == dis_text(module)


def test_listing_with_caches_identical_to_dis():
    for module in corpus_modules(4):
        assert disassembly_text(module, show_caches=True) == dis_text(module, show_caches=True)


def test_decoded_instructions_equal_dis_bytecode_fields():
    for module in corpus_modules(6):
        for code in all_code_objects(module):
            for show_caches in (False, True):
                ours = [tuple(vars(instruction).values())
                        for instruction in decode_instructions(code, show_caches)]
                theirs = [tuple(instruction) for instruction in dis.Bytecode(code, show_caches=show_caches)]
                assert ours == theirs, code


def test_every_argument_kind_is_explained_as_dis_does():
    module = compiled(EVERY_ARGUMENT_KIND)
    ours = disassembly_text(module)
    assert ours == dis_text(module)
    for needle in ("(NULL + print)", "(NULL|self + items)", "(NULL|self + method)", "(attribute)",
                   "(repr, with format)", "(str)", "(ascii)", "(with format)", "(<=)", "(+=)",
                   "(INTRINSIC_IMPORT_STAR)", "(INTRINSIC_TYPEVAR_WITH_BOUND)", "(INTRINSIC_TYPEALIAS)",
                   "(defaults, kwdefaults, annotations, closure)", "ExceptionTable:", " lasti",
                   "LOAD_DEREF", "LOAD_FAST_AND_CLEAR", "Disassembly of <code object"):
        assert needle in ours, needle
    for code in all_code_objects(module):
        assert [tuple(vars(i).values()) for i in decode_instructions(code)] == \
               [tuple(i) for i in dis.Bytecode(code)]


def test_wide_columns_for_long_code_and_extended_arguments():
    # Line numbers of 1000 and more, offsets of 10000 and more, opargs over 255.
    body = "".join(f"    v{i} = {i} + w{i % 7}\n" for i in range(1400))
    module = compiled("\n" * 1000 + "def big():\n" + body + "    return v1399\n")
    text = disassembly_text(module)
    assert text == dis_text(module)
    assert "EXTENDED_ARG" in text and " 12000 " in text


def test_depth_limits_nesting_like_dis():
    module = compiled(EVERY_ARGUMENT_KIND)
    for depth in (0, 1, 2):
        assert disassembly_text(module, depth=depth) == dis_text(module, depth=depth)


def test_current_instruction_is_marked_like_dis():
    function = compiled("def f(a):\n    return a.b + g(a)\n").co_consts[0]
    for offset in (0, 4, 6, 10, 12, 30):
        for show_caches in (False, True):
            ours, theirs = io.StringIO(), io.StringIO()
            disassembler.disassemble(function, ours, show_caches, current_offset=offset)
            dis.disassemble(function, offset, file=theirs, show_caches=show_caches)
            assert ours.getvalue() == theirs.getvalue()
            assert "-->" in ours.getvalue()


def test_fast_local_names_match_cpython_layout():
    module = compiled(EVERY_ARGUMENT_KIND + "def cells(p, q):\n    r = 1\n    return lambda: p + r\n")
    for code in all_code_objects(module):
        names = fast_local_names(code)
        assert names == tuple(code._varname_from_oparg(i) for i in range(len(names)))
