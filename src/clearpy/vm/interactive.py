"""The interactive prompt: ``clearpy run`` with no program, or ``-i``.

What ``python3.12`` does when you type at it (CPython's
``PyRun_InteractiveLoopFlags``), step by step:

1. Print the banner (unless ``-q``), run the file ``PYTHONSTARTUP`` names
   (if any), and set ``sys.ps1`` and ``sys.ps2`` to ``'>>> '`` and ``'... '``
   if the program has not set them.
2. Read a line after the prompt ``sys.ps1``. If the text so far is not a
   whole statement yet (an open bracket, a ``for`` block with no blank line
   after it, an unfinished triple-quoted string), read more lines after
   ``sys.ps2``.
3. Compile the statement in ``"single"`` mode. In that mode the compiler
   ends each expression statement with "print this value" (the intrinsic
   ``INTRINSIC_PRINT``), which calls ``sys.displayhook``: that is how
   ``>>> 1 + 1`` shows ``2`` and sets ``_``.
4. Run it in ``__main__``'s namespace. An exception is printed by
   ``sys.excepthook`` and kept in ``sys.last_exc`` (and ``last_type``,
   ``last_value``, ``last_traceback``); the session goes on. ``SystemExit``
   (``exit()``, ``sys.exit(3)``) ends it with that status.
5. At end of input (Ctrl-D, or the end of a piped file) the session ends.

Where the lines come from: when standard input is a terminal, the host's
``input()`` reads them through GNU readline, which gives line editing,
history (kept in ``~/.python_history`` as CPython does) and tab completion.
Otherwise each line is read from the program's ``sys.stdin`` and the prompts
go to ``sys.stderr``, as CPython writes them when its input is not a
terminal (``python3.12 -i < file``).

"Is this a whole statement yet?" is answered the way ``codeop`` answers it:
compile with the flags that make the parser say "incomplete input" instead
of a syntax error at the end of the text, and ask for more if it says so.
Statements are compiled by the interpreter's own compile stage.
"""

import os
import sys as host_sys

from clearpy.vm.code import CO_FUTURE_FLAGS
from clearpy.vm.errors import InternalError

# compile() flags (Include/cpython/compile.h): do not end the last indented
# block at the end of the text, and report an unfinished statement as
# "incomplete input" rather than as an ordinary syntax error.
PyCF_DONT_IMPLY_DEDENT = 0x0200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

FILENAME = "<stdin>"
BANNER = ('Python {version} on {platform}\n'
          'Type "help", "copyright", "credits" or "license" for more information.\n')
HISTORY_FILE = "~/.python_history"


def interact(interpreter, quiet=False, main=None, startup=False) -> int:
    """Run an interactive session in ``interpreter``; return the exit status.

    ``startup``: first run the file named by ``PYTHONSTARTUP``, as CPython does
    for a session with no program. A ``SystemExit`` raised by the program
    travels out to the caller, which turns it into the exit status, as for any
    program.
    """
    if main is None:
        from clearpy.vm import main_module

        bootstrap = interpreter.importer.ensure_bootstrapped()
        main = main_module.make_main_module(interpreter, bootstrap.BuiltinImporter)
    stderr = interpreter.sys.__dict__.get("stderr")
    if not quiet and stderr is not None:
        stderr.write(BANNER.format(version=host_sys.version, platform=host_sys.platform))
        stderr.flush()
    if startup:
        run_startup_file(interpreter, main.__dict__)
    Session(interpreter, main.__dict__).loop()
    return 0


def run_startup_file(interpreter, namespace: dict) -> None:
    """``PYTHONSTARTUP``: a file run in ``__main__`` before the first prompt
    (CPython's pymain_run_startup). Its errors are reported, and the session
    goes on; ``__file__`` is set only while it runs."""
    from clearpy.vm.program import display_uncaught

    path = os.environ.get("PYTHONSTARTUP")
    if not path:
        return
    try:
        with open(path, "rb") as file:
            source = file.read()
    except OSError as error:
        stderr = interpreter.sys.__dict__.get("stderr")
        if stderr is not None:
            stderr.write("Could not open PYTHONSTARTUP\n")
        display_uncaught(interpreter, error.with_traceback(None))
        return
    namespace["__file__"], namespace["__cached__"] = path, None
    try:
        interpreter.run_code(interpreter.compile(source, path, "exec", 0, True), namespace)
    except (InternalError, SystemExit):
        raise
    except BaseException as error:
        display_uncaught(interpreter, error)
    finally:
        namespace.pop("__file__", None)
        namespace.pop("__cached__", None)


class Session:
    """One interactive session: the lines typed so far, and where they run."""

    def __init__(self, interpreter, namespace: dict):
        self.interpreter = interpreter
        self.namespace = namespace
        self.sys = interpreter.sys.__dict__
        self.sys.setdefault("ps1", ">>> ")
        self.sys.setdefault("ps2", "... ")
        self.future_flags = 0  # `from __future__ import ...` typed earlier stays on
        self.terminal = self._reads_from_terminal()
        if self.terminal:
            _enable_line_editing(namespace)

    # -- reading ----------------------------------------------------------------------

    def _reads_from_terminal(self) -> bool:
        stdin = self.sys.get("stdin")
        return (stdin is host_sys.stdin and self.sys.get("stdout") is host_sys.stdout
                and _isatty(host_sys.stdin) and _isatty(host_sys.stdout))

    def write_prompt_text(self, text: str) -> None:
        """The prompts and the end-of-input newline: on stderr, unless the
        terminal's line editor shows them (on stdout)."""
        stream = self.sys.get("stdout" if self.terminal else "stderr")
        if stream is not None:
            stream.write(text)
            stream.flush()

    def read_line(self, prompt: str) -> str | None:
        """One line without its newline, or None at the end of input."""
        if self.terminal:
            try:
                return input(prompt)
            except EOFError:
                self.write_prompt_text("\n")
                return None
        self.write_prompt_text(prompt)
        stdin = self.sys.get("stdin")
        line = stdin.readline() if stdin is not None else ""
        if not line:
            self.write_prompt_text("\n")
            return None
        return line[:-1] if line.endswith("\n") else line

    # -- the loop ---------------------------------------------------------------------

    def loop(self) -> None:
        lines = []
        while True:
            prompt = self.sys.get("ps2" if lines else "ps1", "")
            try:
                line = self.read_line(str(prompt))
            except KeyboardInterrupt:
                self.write_prompt_text("\nKeyboardInterrupt\n")
                lines = []
                continue
            if line is None:
                if not lines:
                    return
                # The end of input also ends an unfinished block.
                self.run_source("\n".join(lines), complete=True)
                lines = []
                continue
            lines.append(line)
            if self.run_source("\n".join(lines), complete=False):
                lines = []

    def run_source(self, source: str, complete: bool) -> bool:
        """Compile and run ``source`` if it is a whole statement; False if it
        needs more lines. Errors (syntax errors included) are reported."""
        try:
            code = self.compile_statement(source, complete)
        except InternalError:
            raise
        except (SyntaxError, ValueError, OverflowError) as error:
            self.report(error)
            return True
        if code is None:
            return False
        self.future_flags |= code.co_flags & CO_FUTURE_FLAGS
        try:
            self.interpreter.run_code(code, self.namespace)
        except (InternalError, SystemExit):
            raise
        except BaseException as error:
            self.report(error)
        self.flush()
        return True

    def compile_statement(self, source: str, complete: bool):
        """The code object for ``source``, or None if it is not finished yet
        (codeop's rules: only blank lines and comments is a ``pass``; an error
        that goes away when more text could follow means "read more")."""
        if not any(line.strip() and not line.strip().startswith("#")
                   for line in source.split("\n")):
            source = "pass"
        if complete:
            return self._compile(source + "\n", 0)
        incomplete = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT
        try:
            self._compile(source, incomplete)
        except SyntaxError:
            try:
                self._compile(source + "\n", incomplete)
                return None
            except SyntaxError as error:
                if "incomplete input" in str(error):
                    return None
        # The line as typed ends with its newline (a syntax error's text shows it).
        return self._compile(source + "\n", 0)

    def _compile(self, source: str, flags: int):
        return self.interpreter.compile(source, FILENAME, "single",
                                        flags | self.future_flags, True)

    # -- reporting --------------------------------------------------------------------

    def report(self, error: BaseException) -> None:
        """Print an error through ``sys.excepthook`` and keep it in ``sys.last_exc``."""
        from clearpy.vm.program import display_uncaught

        display_uncaught(self.interpreter, error)
        self.flush()

    def flush(self) -> None:
        for name in ("stdout", "stderr"):
            stream = self.sys.get(name)
            try:
                stream.flush()
            except Exception:
                pass


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _enable_line_editing(namespace: dict) -> None:
    """Line editing, history and tab completion, as ``site`` sets them up for
    CPython's prompt (``site.enablerlcompleter``)."""
    try:
        import readline
        import rlcompleter
    except ImportError:
        return
    import atexit

    readline.set_completer(rlcompleter.Completer(namespace).complete)
    if "libedit" in (readline.__doc__ or ""):
        readline.parse_and_bind("bind ^I rl_complete")
    else:
        readline.parse_and_bind("tab: complete")
    history = os.path.expanduser(HISTORY_FILE)
    try:
        readline.read_history_file(history)
    except OSError:
        pass

    def write_history():
        try:
            readline.write_history_file(history)
        except OSError:
            pass

    atexit.register(write_history)
