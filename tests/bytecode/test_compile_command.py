"""``clearpy compile`` behaves like ``python -m compileall``: same messages, statuses and files."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from clearpy.bytecode.pyc import HEADER_SIZE, read_header, read_pyc, read_seal

TREE = {
    "top.py": "import os\nprint(os.sep)\n",
    "pkg/__init__.py": "",
    "pkg/bad.py": "def f(:\n    pass\n",
    "pkg/notes.txt": "not python\n",
    "pkg/sub/good.py": "def g():\n    assert g\n    return 1\n",
    "pkg/sub/deeper/leaf.py": "x = [i for i in range(3)]\n",
}


def make_tree(root: Path) -> Path:
    for name, text in TREE.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        os.utime(path, (1_600_000_000, 1_600_000_000))
    return root


@pytest.fixture
def trees(tmp_path):
    """Two identical trees: one for compileall, one for clearpy compile."""
    return make_tree(tmp_path / "cpython"), make_tree(tmp_path / "clearpy")


def environment(**extra):
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONDONTWRITEBYTECODE", "SOURCE_DATE_EPOCH")}
    env.update(extra)
    return env


def compileall(root, *args, **env):
    return subprocess.run([sys.executable, "-m", "compileall", *args], cwd=root,
                           capture_output=True, text=True, env=environment(**env))


def clearpy_compile(root, *args, **env):
    return subprocess.run([sys.executable, "-m", "clearpy", "compile", "--compiler", "cpython", *args],
                          cwd=root, capture_output=True, text=True, env=environment(**env))


def cache_files(root: Path, tag: str) -> dict[str, Path]:
    return {str(path.relative_to(root)).replace(tag, "TAG"): path
            for path in root.rglob("*.pyc")}


def assert_same_files(cpython_root, clearpy_root):
    theirs = cache_files(cpython_root, sys.implementation.cache_tag)
    ours = cache_files(clearpy_root, "clearpy-312")
    assert sorted(ours) == sorted(theirs) and ours
    for name, path in ours.items():
        our_data, their_data = path.read_bytes(), theirs[name].read_bytes()
        assert our_data[:HEADER_SIZE] == their_data[:HEADER_SIZE], name
        assert read_pyc(our_data)[1] == read_pyc(their_data, verify=False)[1], name
        assert read_seal(our_data) == "cpython"


def test_a_tree_gives_the_same_messages_status_and_files(trees):
    cpython_root, clearpy_root = trees
    args = (".", "missing_dir", "top.py", "pkg/bad.py")
    theirs, ours = compileall(cpython_root, *args), clearpy_compile(clearpy_root, *args)
    assert "Compiling './pkg/sub/deeper/leaf.py'..." in ours.stdout
    assert "SyntaxError: invalid syntax" in ours.stdout
    assert (ours.stdout, ours.returncode) == (theirs.stdout, theirs.returncode) == (ours.stdout, 1)
    assert_same_files(cpython_root, clearpy_root)
    # A second run finds everything up to date: only the listings, and the bad file again.
    theirs, ours = compileall(cpython_root, "."), clearpy_compile(clearpy_root, ".")
    assert (ours.stdout, ours.returncode) == (theirs.stdout, theirs.returncode)
    assert "Compiling './top.py'" not in ours.stdout


@pytest.mark.parametrize("quiet", ["-q", "-qq"])
def test_quiet_levels(trees, quiet):
    cpython_root, clearpy_root = trees
    theirs, ours = compileall(cpython_root, quiet, "."), clearpy_compile(clearpy_root, quiet, ".")
    assert (ours.stdout, ours.returncode) == (theirs.stdout, theirs.returncode)
    assert ("Error compiling" in ours.stdout) == (quiet == "-q")


def test_success_is_exit_status_0_and_missing_paths_do_not_fail(trees):
    cpython_root, clearpy_root = trees
    for root in trees:
        (root / "pkg" / "bad.py").unlink()
    theirs = compileall(cpython_root, "-l", ".", "nowhere")
    ours = clearpy_compile(clearpy_root, "-l", ".", "nowhere")
    assert (ours.stdout, ours.returncode) == (theirs.stdout, theirs.returncode)
    assert ours.returncode == 0 and "Can't list 'nowhere'" in ours.stdout
    assert_same_files(cpython_root, clearpy_root)


@pytest.mark.parametrize("mode", ["timestamp", "checked-hash", "unchecked-hash"])
def test_invalidation_modes_write_the_same_headers(trees, mode):
    cpython_root, clearpy_root = trees
    theirs = compileall(cpython_root, "--invalidation-mode", mode, "-o", "0", "-o", "2", ".")
    ours = clearpy_compile(clearpy_root, "--invalidation-mode", mode, "-o", "0", "-o", "2", ".")
    assert (ours.stdout, ours.returncode) == (theirs.stdout, theirs.returncode)
    assert_same_files(cpython_root, clearpy_root)
    modes = {read_header(path.read_bytes()).mode.value for path in clearpy_root.rglob("*.pyc")}
    assert modes == {mode}
    assert list(clearpy_root.rglob("good.clearpy-312.opt-2.pyc"))


def test_source_date_epoch_makes_checked_hash_the_default(trees):
    cpython_root, clearpy_root = trees
    clearpy_compile(clearpy_root, ".", SOURCE_DATE_EPOCH="1")
    flags = {read_header(path.read_bytes()).flags for path in clearpy_root.rglob("*.pyc")}
    assert flags == {3}


def test_an_unwritable_cache_location_is_reported_like_compileall(trees):
    cpython_root, clearpy_root = trees
    for root, tag in ((cpython_root, sys.implementation.cache_tag), (clearpy_root, "clearpy-312")):
        (root / "__pycache__").mkdir()
        (root / "__pycache__" / f"top.{tag}.pyc").mkdir()  # a directory where the file should go
    theirs, ours = compileall(cpython_root, "top.py"), clearpy_compile(clearpy_root, "top.py")
    assert ours.returncode == theirs.returncode == 1
    assert ours.stdout.replace("clearpy-312", "TAG") == theirs.stdout.replace(
        sys.implementation.cache_tag, "TAG")
    assert "FileExistsError" in ours.stdout


def test_files_made_by_another_compiler_are_rebuilt(tmp_path, capsys):
    from clearpy.commands import compile as compile_command

    root = make_tree(tmp_path)
    shutil.rmtree(root / "pkg")
    assert compile_command.main(["--compiler", "cpython", str(root / "top.py")]) == 0
    assert compile_command.main(["--compiler", "cpython", str(root / "top.py")]) == 0
    out = capsys.readouterr().out
    assert out.count("Compiling") == 1  # the second run found it up to date
    cache = next(root.rglob("*.pyc"))
    data = bytearray(cache.read_bytes())
    data[-1] ^= 1  # break the seal
    cache.write_bytes(bytes(data))
    assert compile_command.main(["--compiler", "cpython", str(root / "top.py")]) == 0
    assert capsys.readouterr().out.count("Compiling") == 1 and read_seal(cache.read_bytes())
