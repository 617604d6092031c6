"""clearpy's own bugs are never disguised as the program's errors.

A code object whose CALL_INTRINSIC_1 names an intrinsic function that does not
exist cannot come from a compiler: clearpy fails while preparing its handlers.
That failure must not reach the program's ``except BaseException``; ``clearpy
run`` says ``clearpy: internal error``, shows where the program was and where
clearpy was (both tracebacks), and exits with status 70.
"""

import textwrap

import pytest

from vm_helpers import run_clearpy

BROKEN_PROGRAM = textwrap.dedent("""\
    import dis
    def victim(x):
        return +x
    raw = bytearray(victim.__code__.co_code)
    for i in range(0, len(raw), 2):
        if raw[i] == dis.opmap["CALL_INTRINSIC_1"]:
            raw[i + 1] = 200   # no such intrinsic function
    victim.__code__ = victim.__code__.replace(co_code=bytes(raw))
    def caller():
        try:
            return victim(1)
        except BaseException as error:
            print("the program caught", type(error).__name__)
    print("before")
    caller()
    print("after")
""")


def test_internal_error_is_reported_with_both_tracebacks(tmp_path):
    program = tmp_path / "broken.py"
    program.write_text(BROKEN_PROGRAM)
    result = run_clearpy([str(program)])
    stdout, stderr = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 70
    assert stdout == "before\n"
    lines = stderr.splitlines()
    assert lines[0] == "clearpy: internal error (a bug in clearpy, not in your program)"
    # Where the program was: its own frames, outermost first.
    program_part = stderr.split("clearpy was here:")[0]
    assert "The program was here (most recent call last):" in program_part
    assert f'File "{program}", line 15, in <module>' in program_part
    assert f'File "{program}", line 11, in caller' in program_part
    # Where clearpy was: a host traceback through clearpy's own modules.
    clearpy_part = stderr.split("clearpy was here:")[1]
    assert "Traceback (most recent call last):" in clearpy_part
    assert "clearpy/vm/" in clearpy_part
    assert "InternalError: while preparing the handlers of" in clearpy_part


def _fail_inside_clearpy(error):
    """What clearpy's decoding and fusing do with an exception: wrap it."""
    from clearpy.vm.errors import internal_error_from

    try:
        raise error
    except BaseException as bug:
        raise internal_error_from(bug, "while doing clearpy's own work") from bug


def test_program_exceptions_arriving_while_clearpy_is_busy_stay_the_programs():
    # A signal handler of the program runs between any two host bytecodes, and
    # Ctrl-C raises anywhere: if that happens while clearpy decodes or fuses code,
    # the exception is the program's, not an internal error.
    import clearpy
    from clearpy.vm.errors import InternalError

    interpreter = clearpy.Interpreter()
    handler = interpreter.exec("def handler():\n    raise TimeoutError('alarm fired')")["handler"]
    try:
        handler()   # host code calls interpreted code, which raises
    except TimeoutError as error:
        from_the_program = error
    with pytest.raises(TimeoutError) as caught:
        _fail_inside_clearpy(from_the_program)
    assert caught.value is from_the_program
    with pytest.raises(KeyboardInterrupt):
        _fail_inside_clearpy(KeyboardInterrupt())
    with pytest.raises(InternalError) as caught:
        _fail_inside_clearpy(IndexError("a bug in clearpy"))
    assert isinstance(caught.value.__cause__, IndexError)
