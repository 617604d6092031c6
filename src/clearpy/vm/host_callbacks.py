"""Host C code that calls back into a stdlib module by name.

Some of CPython's C modules call a Python function of a stdlib module when
they need it: ``re.sub(pattern, r"\\1-\\g<name>", text)`` runs in the C
module ``_sre``, which asks the module ``re`` (looked up by name, in the
host's ``sys.modules``) to compile the replacement template
(``re._compile_template``). When an interpreted program calls ``re.sub``, that
lookup finds the host's ``re``, not the program's own ``re`` module running in
clearpy's VM, and a bad template raises the host's ``re.error``, a class the
program's ``except re.error`` does not catch.

So the host's function is replaced by one that hands the call to the
program's module when the thread is running interpreted code, and to the
original otherwise. (clearpy's own code never compiles replacement templates
while a program runs; for the host stdlib modules it uses, the program's
``re`` gives the same results.)
"""

import re as host_re
import threading

_installed = threading.Lock()


def install_callbacks(running_interpreter) -> None:
    """Route the host's callbacks to the interpreter ``running_interpreter()``
    returns for this thread (None: not running interpreted code). Done once
    per process."""
    with _installed:
        if getattr(host_re._compile_template, "clearpy_dispatch", False):
            return
        host_compile_template = host_re._compile_template

        def _compile_template(pattern, repl):
            interpreter = running_interpreter()
            program_re = interpreter.modules.get("re") if interpreter is not None else None
            if program_re is not None and program_re is not host_re:
                return program_re._compile_template(pattern, repl)
            return host_compile_template(pattern, repl)

        _compile_template.clearpy_dispatch = True
        host_re._compile_template = _compile_template
