"""clearpy's bytecode cache: used when fresh, rebuilt when not, never trusted blindly, never fatal."""

import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from clearpy.bytecode import pyc_cache
from clearpy.bytecode.disassembler import decode_instructions
from clearpy.bytecode.pyc import HEADER_SIZE, InvalidationMode, read_header, read_seal
from clearpy.bytecode.pyc_cache import cache_path, inspect_cache, load_or_compile

SOURCE = "def double(x):\n    assert x is not None\n    return 2 * x\nRESULT = double(21)\n"


@pytest.fixture
def module(tmp_path) -> Path:
    path = tmp_path / "module.py"
    path.write_text(SOURCE)
    os.utime(path, (1_700_000_000, 1_700_000_000))
    return path


def run_module(code) -> dict:
    namespace = {}
    exec(code, namespace)
    return namespace


def load(path, **options):
    options.setdefault("write", True)
    return load_or_compile(path, "cpython", **options)


def cache_of(path, optimize=-1) -> Path:
    return Path(cache_path(path, optimize))


# -- where the files go ------------------------------------------------------------------------

@pytest.mark.parametrize("source", ["module.py", "pkg/mod.py", "/abs/dir/name.py", "noext", "a.b.py"])
@pytest.mark.parametrize("optimize", [0, 1, 2])
def test_cache_path_follows_importlibs_rule_with_clearpys_tag(source, optimize, monkeypatch):
    expected = importlib.util.cache_from_source(source, optimization=optimize or "")
    expected = expected.replace(sys.implementation.cache_tag, "clearpy-312")
    assert cache_path(source, optimize) == expected
    monkeypatch.setattr(sys, "pycache_prefix", "/tmp/prefix")
    expected = importlib.util.cache_from_source(source, optimization=optimize or "")
    assert cache_path(source, optimize) == expected.replace(sys.implementation.cache_tag, "clearpy-312")


def test_first_load_compiles_and_writes_then_second_load_uses_the_cache(module):
    code, outcome = load(module)
    assert not outcome.used_cache and outcome.written and outcome.why_compiled == "no cache file yet"
    assert Path(outcome.cache_path) == module.parent / "__pycache__" / "module.clearpy-312.pyc"
    assert run_module(code)["RESULT"] == 42
    again, outcome = load(module)
    assert outcome.used_cache and "loaded from the cache" in outcome.describe()
    assert again == code and run_module(again)["RESULT"] == 42


def test_files_are_standard_pyc_files_that_cpython_reads(module):
    _, outcome = load(module)
    data = Path(outcome.cache_path).read_bytes()
    header = read_header(data)
    assert header.mtime == 1_700_000_000 and header.source_size == len(SOURCE)
    assert read_seal(data) == "cpython"
    loader = importlib.machinery.SourcelessFileLoader("module", outcome.cache_path)
    assert loader.get_code("module") == compile(SOURCE, str(module), "exec")


def test_optimization_levels_have_their_own_files(module):
    plain, _ = load(module, optimize=0)
    optimized, outcome = load(module, optimize=2)
    assert outcome.cache_path.endswith("module.clearpy-312.opt-2.pyc")
    asserts = [any(i.opname == "LOAD_ASSERTION_ERROR" for i in decode_instructions(code.co_consts[0]))
               for code in (plain, optimized)]
    assert asserts == [True, False]  # optimize=2 drops assert statements
    assert load(module, optimize=2)[1].used_cache and load(module, optimize=0)[1].used_cache


# -- stale files ---------------------------------------------------------------------------------

def test_stale_by_modification_time(module):
    load(module)
    os.utime(module, (1_700_000_100, 1_700_000_100))
    _, outcome = load(module)
    assert "modification time" in outcome.why_compiled and outcome.written
    assert load(module)[1].used_cache


def test_stale_by_size_even_with_the_same_modification_time(module):
    load(module)
    module.write_text(SOURCE.replace("21", "2100"))
    os.utime(module, (1_700_000_000, 1_700_000_000))
    code, outcome = load(module)
    assert "size" in outcome.why_compiled
    assert run_module(code)["RESULT"] == 4200


def test_checked_hash_notices_a_change_that_keeps_size_and_time(module):
    load(module, invalidation_mode=InvalidationMode.CHECKED_HASH)
    module.write_text(SOURCE.replace("21", "12"))
    os.utime(module, (1_700_000_000, 1_700_000_000))
    code, outcome = load(module)
    assert "hash" in outcome.why_compiled
    assert run_module(code)["RESULT"] == 24
    # Rebuilt as it was: still a checked-hash file.
    assert read_header(Path(outcome.cache_path).read_bytes()).mode is InvalidationMode.CHECKED_HASH


def test_unchecked_hash_files_are_trusted_without_looking_at_the_source(module):
    load(module, invalidation_mode=InvalidationMode.UNCHECKED_HASH)
    module.write_text(SOURCE.replace("21", "12"))
    code, outcome = load(module)
    assert outcome.used_cache and run_module(code)["RESULT"] == 42


def test_code_from_another_compiler_is_not_served(module):
    load(module)

    def other_compiler(*args, **kwargs):
        return compile(*args, **kwargs)

    _, outcome = load_or_compile(module, other_compiler, write=True)
    assert "made by cpython's compiler" in outcome.why_compiled
    assert read_seal(Path(outcome.cache_path).read_bytes()) == "custom"


# -- damaged files ---------------------------------------------------------------------------

def damage_truncate(data):
    return data[: len(data) // 2]


def damage_short(data):
    return data[:7]


def damage_magic(data):
    return b"\x42\x0d\x0d\x0a" + data[4:]


def damage_garbage(data):
    return data[:HEADER_SIZE] + os.urandom(300)


def damage_flip(data):
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x5A]) + data[middle + 1:]


def damage_empty(data):
    return b""


@pytest.mark.parametrize("damage, reason", [
    (damage_truncate, "damaged"), (damage_short, "truncated"), (damage_magic, "bad magic number"),
    (damage_garbage, "damaged"), (damage_flip, "damaged"), (damage_empty, "truncated")])
def test_damaged_files_are_rebuilt_never_trusted(module, damage, reason):
    _, outcome = load(module)
    path = Path(outcome.cache_path)
    path.write_bytes(damage(path.read_bytes()))
    code, outcome = load(module)
    assert not outcome.used_cache and reason in outcome.why_compiled and outcome.written
    assert run_module(code)["RESULT"] == 42
    assert load(module)[1].used_cache


def test_a_file_clearpy_did_not_write_is_not_trusted(module):
    import py_compile

    py_compile.compile(str(module), cfile=str(cache_of(module)))
    _, outcome = load(module)
    assert not outcome.used_cache and "seal" in outcome.why_compiled


def test_damage_in_every_byte_is_caught(module):
    _, outcome = load(module)
    path = Path(outcome.cache_path)
    original = path.read_bytes()
    for position in range(0, len(original), 7):
        path.write_bytes(original[:position] + bytes([original[position] ^ 0xFF]) + original[position + 1:])
        code, result = load(module, write=False)
        assert not result.used_cache, position
        assert run_module(code)["RESULT"] == 42


# -- where the cache cannot be written ---------------------------------------------------------------

def run_unprivileged(script: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run ``script`` in a Python that file permissions apply to (root's are dropped)."""
    command = [sys.executable, "-c", textwrap.dedent(script)]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: permissions cannot be enforced")
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True)


def test_a_read_only_directory_means_no_cache_not_an_error(module, tmp_path):
    prefix = tmp_path / "prefix"
    prefix.mkdir()
    script = f"""
        from clearpy.bytecode.pyc_cache import load_or_compile
        namespace = {{}}
        code, outcome = load_or_compile({str(module)!r}, "cpython", write=True)
        exec(code, namespace)
        print(namespace["RESULT"], outcome.written, outcome.why_not_written)
        code, outcome = load_or_compile({str(module)!r}, "cpython", write=True,
                                        pycache_prefix={str(prefix)!r})
        print(outcome.written, outcome.cache_path)
        code, outcome = load_or_compile({str(module)!r}, "cpython", write=True,
                                        pycache_prefix={str(prefix)!r})
        print(outcome.used_cache)
    """
    module.parent.chmod(0o555)
    try:
        result = run_unprivileged(script, tmp_path)
    finally:
        module.parent.chmod(0o755)
    assert result.returncode == 0, result.stderr
    first, second, third = result.stdout.splitlines()
    assert first.startswith("42 False Permission denied")
    assert not (module.parent / "__pycache__").exists()
    # Under the prefix, the cache mirrors the source's absolute directory.
    expected = os.path.join(prefix, str(module.parent).lstrip(os.sep), "module.clearpy-312.pyc")
    assert second == f"True {expected}" and Path(expected).is_file()
    assert third == "True"


def test_writing_can_be_turned_off(module, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    code, outcome = load_or_compile(module, "cpython")
    assert not outcome.written and "turned off" in outcome.why_not_written
    assert not cache_of(module).exists() and run_module(code)["RESULT"] == 42


def test_a_syntax_error_is_the_programs_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f(:\n")
    with pytest.raises(SyntaxError):
        load(bad)
    assert not (tmp_path / "__pycache__").exists()


# -- atomic writes and concurrency -----------------------------------------------------------------

def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(module, monkeypatch):
    _, outcome = load(module)
    path = Path(outcome.cache_path)
    before = path.read_bytes()
    os.utime(module, (1_700_000_500, 1_700_000_500))

    def failing_replace(source, destination):
        raise OSError(28, "No space left on device", destination)

    monkeypatch.setattr(pyc_cache.os, "replace", failing_replace)
    code, outcome = load(module)
    assert not outcome.written and "No space left" in outcome.why_not_written
    assert run_module(code)["RESULT"] == 42
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "file.pyc"
    target.write_bytes(b"old")

    class Interrupted(BaseException):
        pass

    def interrupted_replace(source, destination):
        raise Interrupted

    monkeypatch.setattr(pyc_cache.os, "replace", interrupted_replace)
    with pytest.raises(Interrupted):
        pyc_cache.write_atomically(str(target), b"new contents")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["file.pyc"]


def test_concurrent_writers_and_readers_never_see_a_partial_file(module):
    # Several processes load the module over and over while changing its
    # timestamp, so that each keeps finding the cache stale and rewriting it.
    script = f"""
        import os, sys
        from clearpy.bytecode.pyc_cache import load_or_compile
        worker = int(sys.argv[1])
        used = 0
        for step in range(40):
            os.utime({str(module)!r}, (1_700_000_000 + step % 3, 1_700_000_000 + step % 3))
            code, outcome = load_or_compile({str(module)!r}, "cpython", write=True)
            namespace = {{}}
            exec(code, namespace)
            assert namespace["RESULT"] == 42
            assert outcome.used_cache or outcome.written, outcome.describe()
            used += outcome.used_cache
        print(used)
    """
    workers = [subprocess.Popen([sys.executable, "-c", textwrap.dedent(script), str(n)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for n in range(4)]
    results = [worker.communicate(timeout=120) + (worker.returncode,) for worker in workers]
    for out, err, status in results:
        assert status == 0, err
    assert sum(int(out) for out, _, _ in results) > 0  # the cache was used along the way
    files = list(cache_of(module).parent.iterdir())
    assert [file.name for file in files] == ["module.clearpy-312.pyc"]  # no temporary files left
    assert read_seal(files[0].read_bytes()) == "cpython"  # complete and intact


# -- moving and inspecting -----------------------------------------------------------------------------

def test_a_moved_module_reports_its_new_file_name(module, tmp_path):
    load(module)
    moved = tmp_path / "moved"
    shutil.copytree(module.parent, moved, ignore=shutil.ignore_patterns("moved"))
    code, outcome = load(moved / "module.py")
    assert outcome.used_cache
    assert code.co_filename == str(moved / "module.py")
    assert code.co_consts[0].co_filename == str(moved / "module.py")


def test_inspect_cache_looks_without_writing(module):
    path, why_not = inspect_cache(module, "cpython")
    assert why_not == "no cache file yet" and not Path(path).exists()
    load(module)
    assert inspect_cache(module, "cpython") == (path, None)
