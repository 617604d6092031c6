"""``clearpy run``'s importer and the ``.pyc`` cache (``clearpy.vm.bytecode_cache``).

An imported module's code is kept in ``__pycache__/NAME.clearpy-312.pyc``, a
standard PEP 552 file, and served again while it is intact and fresh; a
stale, truncated or damaged file is rebuilt, never trusted and never an
error; an unwritable cache location means no cache, not a failure.
"""

import importlib.util
import marshal
import os
import subprocess
import sys

import pytest

from clearpy.bytecode.pyc import HEADER_SIZE, InvalidationMode, read_header
from clearpy.bytecode.pyc_cache import inspect_cache, load_or_compile

PROGRAM = "import mod; print(mod.VALUE)"
SOURCE = "VALUE = [n * n for n in range(4)]\n"
OUTPUT = "[0, 1, 4, 9]\n"


def clearpy_run(directory, *options, code=PROGRAM):
    environment = {name: value for name, value in os.environ.items()
                   if name not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    return subprocess.run([sys.executable, "-m", "clearpy", "run", *options, "-c", code],
                          capture_output=True, text=True, cwd=directory, env=environment,
                          timeout=300)


@pytest.fixture
def module(tmp_path):
    (tmp_path / "mod.py").write_text(SOURCE)
    return tmp_path


def cache_file(directory, tag="clearpy-312"):
    return directory / "__pycache__" / f"mod.{tag}.pyc"


def test_an_import_writes_a_standard_sealed_pyc_that_the_next_run_uses(module):
    result = clearpy_run(module)
    assert (result.stdout, result.stderr) == (OUTPUT, "")
    data = cache_file(module).read_bytes()
    assert data[:4] == importlib.util.MAGIC_NUMBER  # standard: CPython's marshal reads the code
    assert marshal.loads(data[HEADER_SIZE:]).co_filename == str(module / "mod.py")
    assert inspect_cache(module / "mod.py", "clearpy") == (str(cache_file(module)), None)

    # The next run takes the code from the file: code put there (sealed, fresh) is what runs.
    def other_compiler(source, filename, mode, flags=0, dont_inherit=False, optimize=-1):
        return compile("VALUE = 'from the cache'", filename, mode, flags, dont_inherit, optimize)

    from clearpy.bytecode.compilers import Compiler

    cache_file(module).unlink()
    load_or_compile(module / "mod.py", Compiler("clearpy", other_compiler), write=True,
                    pycache_prefix=None)
    assert clearpy_run(module).stdout == "from the cache\n"


@pytest.mark.parametrize("damage", ["truncated", "flipped byte", "bad magic"])
def test_a_damaged_file_is_rebuilt_never_trusted_nor_fatal(module, damage):
    assert clearpy_run(module).stdout == OUTPUT
    path = cache_file(module)
    data = bytearray(path.read_bytes())
    if damage == "truncated":
        data = data[:HEADER_SIZE + 10]
    elif damage == "flipped byte":
        data[HEADER_SIZE + 20] ^= 0x40
    else:
        data[0] ^= 0xFF
    path.write_bytes(bytes(data))
    result = clearpy_run(module)
    assert (result.stdout, result.stderr) == (OUTPUT, "")
    assert inspect_cache(module / "mod.py", "clearpy")[1] is None  # rewritten, intact


def test_a_stale_file_is_rebuilt(module):
    assert clearpy_run(module).stdout == OUTPUT
    (module / "mod.py").write_text("VALUE = 'changed, and longer than before'\n")
    assert clearpy_run(module).stdout == "changed, and longer than before\n"


def test_a_checked_hash_file_from_clearpy_compile_is_used_and_stays_hash_based(module):
    made = subprocess.run([sys.executable, "-m", "clearpy", "compile", "-q",
                           "--invalidation-mode", "checked-hash", "mod.py"], cwd=module)
    assert made.returncode == 0
    assert read_header(cache_file(module).read_bytes()).mode is InvalidationMode.CHECKED_HASH
    stat = os.stat(module / "mod.py")
    (module / "mod.py").write_text(SOURCE.replace("n * n", "n + n"))  # same size...
    os.utime(module / "mod.py", ns=(stat.st_atime_ns, stat.st_mtime_ns))  # ...and time
    assert clearpy_run(module).stdout == "[0, 2, 4, 6]\n"
    assert read_header(cache_file(module).read_bytes()).mode is InvalidationMode.CHECKED_HASH


def test_no_cache_where_it_cannot_be_written_and_none_with_dash_B(module):
    (module / "__pycache__").write_text("a file where the cache directory would go")
    assert clearpy_run(module).stdout == OUTPUT
    (module / "__pycache__").unlink()
    assert clearpy_run(module, "-B").stdout == OUTPUT
    assert not (module / "__pycache__").exists()


def test_each_front_end_has_its_own_files(module):
    assert clearpy_run(module, "--parser=cpython").stdout == OUTPUT
    assert cache_file(module, "clearpy-312-cpython-parser").exists()
    assert not cache_file(module).exists()


def test_a_syntax_error_in_an_imported_module_shows_as_cpythons(module):
    (module / "bad.py").write_text("x = (\n")
    ours = clearpy_run(module, code="import bad")
    theirs = subprocess.run([sys.executable, "-c", "import bad"], capture_output=True,
                            text=True, cwd=module)
    assert (ours.stderr, ours.returncode) == (theirs.stderr, theirs.returncode)


def test_optimization_levels_have_their_own_files(module):
    assert clearpy_run(module, "-O").stdout == OUTPUT
    assert (module / "__pycache__" / "mod.clearpy-312.opt-1.pyc").exists()
    assert not cache_file(module).exists()
