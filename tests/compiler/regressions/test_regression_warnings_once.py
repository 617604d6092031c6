"""A SyntaxWarning is shown once, even when the program has a syntax error.

Found by CPython's test_codeop (``test_invalid_warning``) run with clearpy's
``compile()``: for ``'\\e' 1`` clearpy warned "invalid escape sequence '\\e'"
twice. On a syntax error both parsers read the program again to find the best
message; CPython's second pass reports no warnings (string_parser.c: "to avoid
showing the warning twice"), and clearpy's error pass showed them again.
"""

import warnings

import pytest

import clearpy

PROGRAMS = [
    ("'\\e' 1", "single"), ("'\\e' 1", "exec"), ("'\\e' 1", "eval"), ("'\\e'", "exec"),
    ("x = '\\e'\ny = (", "exec"), ("x = 1\nx = '\\d'\nx = = 2\n", "exec"),
    ("f(x for x in y, '\\d')", "exec"), ("f('\\d', x for x in y)", "exec"),
    ("x = '\\d' = 1", "exec"), ("x = b'\\777' +", "exec"), ("f'{x}\\q' 1", "exec"),
    # '\{' in an f-string: the tokenizer warns, the parser does not warn again
    # (found by test_fstring's test_fstring_backslash_before_double_bracket_warns_once).
    ('f"\\{{"', "eval"), ('f"a\\{{b\\}}"', "eval"), ('f"\\{6*7}"', "exec"),
    ('f"{1:\\{{}"', "eval"),
]


def warnings_and_error(compile_function, source, mode):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile_function(source, "<input>", mode, 0, True)
            error = None
        except SyntaxError as exception:
            error = (exception.msg, exception.lineno, exception.offset)
    return [(w.category.__name__, str(w.message), w.filename, w.lineno) for w in caught], error


@pytest.mark.parametrize("source, mode", PROGRAMS)
def test_each_warning_is_shown_once_as_cpython_shows_it(source, mode):
    assert warnings_and_error(clearpy.compile, source, mode) == warnings_and_error(compile, source, mode)


def test_warnings_as_errors_still_stop_at_the_first_bad_escape():
    def as_error(compile_function):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                compile_function("x = '\\d'\ny = (", "<input>", "exec", 0, True)
            except SyntaxError as error:
                return error.msg, error.lineno, error.offset
    assert as_error(clearpy.compile) == as_error(compile) == ("invalid escape sequence '\\d'", 1, 5)
