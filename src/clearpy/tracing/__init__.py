"""Tracing: watching clearpy's VM run a program, instruction by instruction.

clearpy owns its eval loop, so it needs no ``sys.settrace``: it can watch
every instruction itself, with its frame, its value stack before and after,
and everything around it (calls, returns, exceptions, imports, threads, the
garbage collector, objects dying). The pieces:

    events.py           the kinds of events and what each one carries
    instrumentation.py  how the VM is watched at no cost when nobody watches:
                        the handlers of each code object are replaced, in
                        place, by observed ones (as CPython 3.12's PEP 669 does)
    observer.py         the object the observed handlers call: it hands each
                        instruction to the tracer and to the GIL
    lines.py            which instructions start a line (CPython's own rules)
    frame_views.py      a VM frame's variables, cells and value stack, read
    tracer.py           turns instructions into events and passes them to sinks
    printer.py          the readable trace (``clearpy trace``)
    trace_format.py     the trace file (``clearpy trace --json``): versioned,
                        streamed to disk, with every step's frames and heap
    pytutor.py          the small mapping from that file to Python Tutor's format
    session.py          running a program under the tracer

docs/tracing.md documents the trace format; docs/memory.md and docs/gil.md
show real traces.
"""
