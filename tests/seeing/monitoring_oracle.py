"""Run a program under CPython 3.12 with sys.monitoring and print its events as JSON.

    python monitoring_oracle.py PROGRAM.py OUT.json

Only events of code from PROGRAM.py are kept, as (kind, function, where):
where is the line for LINE events and the offset for all others, named as
clearpy's events are (call, resume, line, instruction, return, yield,
exception, handled, unwind).
"""

import json
import sys

monitoring = sys.monitoring
E = monitoring.events
TOOL = 4
NAMES = {
    "PY_START": "call", "PY_RESUME": "resume", "PY_RETURN": "return", "PY_YIELD": "yield",
    "RAISE": "exception", "RERAISE": "exception", "EXCEPTION_HANDLED": "handled",
    "PY_UNWIND": "unwind", "INSTRUCTION": "instruction", "PY_THROW": "resume",
}


_starts = {}


def instruction_at(code, offset: int) -> int:
    """The offset of the instruction that ``offset`` belongs to.

    CPython 3.12 reports an exception that comes back from a Python function
    called by CALL at the CALL's last *cache entry* (where its instruction
    pointer happens to stand), not at the CALL itself; the cache entries are
    part of the instruction, and clearpy reports the instruction.
    """
    starts = _starts.get(code)
    if starts is None:
        import dis

        starts = _starts[code] = [instruction.offset for instruction in dis.get_instructions(code)]
    found = offset
    for start in starts:
        if start > offset:
            break
        found = start
    return found


def main() -> None:
    program, out = sys.argv[1], sys.argv[2]
    log = []

    def recorder(name):
        def record(code, offset, *rest):
            if code.co_filename == program:
                log.append([NAMES[name], code.co_qualname, instruction_at(code, offset)])
        return record

    def line(code, number):
        if code.co_filename == program:
            log.append(["line", code.co_qualname, number])

    monitoring.use_tool_id(TOOL, "clearpy-oracle")
    mask = 0
    for name in NAMES:
        monitoring.register_callback(TOOL, getattr(E, name), recorder(name))
        mask |= getattr(E, name)
    monitoring.register_callback(TOOL, E.LINE, line)
    mask |= E.LINE
    with open(program, encoding="utf-8") as file:
        code = compile(file.read(), program, "exec")
    sys.argv = [program]
    namespace = {"__name__": "__main__", "__file__": program}
    monitoring.set_events(TOOL, mask)
    try:
        exec(code, namespace)
    except BaseException as error:    # the program's own uncaught exception
        log.append(["uncaught", type(error).__name__, None])
    finally:
        monitoring.set_events(TOOL, 0)
    with open(out, "w", encoding="utf-8") as file:
        json.dump(log, file)


if __name__ == "__main__":
    main()
