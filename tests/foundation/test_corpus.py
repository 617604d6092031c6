"""The conformance corpus is the whole stdlib of the running CPython."""

import sys

from clearpy.corpus import corpus_files, corpus_sample, count_lines, relative_name, stdlib_directory


def test_corpus_is_every_stdlib_py_file_without_site_packages():
    files = corpus_files()
    assert all(path.suffix == ".py" for path in files)
    assert not any("site-packages" in path.parts for path in files)
    names = {relative_name(path) for path in files}
    assert {"os.py", "test/test_grammar.py", "json/__init__.py", "idlelib/idle.py"} <= names
    if sys.version_info[:3] == (3, 12, 1):
        # The figures the project's targets are stated for.
        assert len(files) == 1740
        assert sum(count_lines(path.read_bytes()) for path in files) == 862_769


def test_sample_is_reproducible_and_drawn_from_the_corpus():
    first, second = corpus_sample(25), corpus_sample(25)
    assert first == second and len(first) == 25
    assert set(first) <= set(corpus_files())
    assert corpus_sample(25, seed=1) != first


def test_relative_name_is_relative_to_the_stdlib():
    assert relative_name(stdlib_directory() / "os.py") == "os.py"
