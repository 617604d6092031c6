"""clearpy's own bugs are never disguised as the program's errors.

A code object whose CALL_INTRINSIC_1 names an intrinsic function that does not
exist cannot come from a compiler: clearpy fails while preparing its handlers.
That failure must not reach the program's ``except BaseException``; ``clearpy
run`` says ``clearpy: internal error``, shows where the program was and where
clearpy was (both tracebacks), and exits with status 70.
"""

import textwrap

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
