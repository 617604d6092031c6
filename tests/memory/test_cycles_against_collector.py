"""clearpy's copy of the cycle collector's algorithm against CPython's collector.

``garbage_cycles.py`` makes cycles of every kind garbage, then calls
``gc.collect()`` and prints how many objects it freed. Under clearpy's
CycleWatch (what ``clearpy cycles`` runs), before every line, clearpy's own
algorithm finds which objects just became unreachable. Its answers must be
exactly what the collector then frees, and the program's output CPython's.
"""

import subprocess
import sys

from heap_replay import PROGRAMS, watch_cycles


def test_unreachable_objects_found_are_what_gc_collect_frees():
    program = PROGRAMS / "garbage_cycles.py"
    cpython = subprocess.run([sys.executable, str(program)], capture_output=True, text=True,
                             check=True, timeout=60).stdout
    seen = watch_cycles(program)
    assert seen["status"] == 0
    assert seen["output"] == cpython
    freed = [int(line.split()[1]) for line in cpython.splitlines() if line.startswith("freed")]
    assert freed == [12, 4, 0, 1]
    # Each collection: what clearpy's algorithm found at its start is what
    # CPython's collector freed.
    found_by_collections = [(collected, predicted) for _, collected, predicted in seen["collections"]
                            if collected or predicted]
    assert [collected for collected, _ in found_by_collections] == [12, 4, 1]
    assert all(collected == predicted for collected, predicted in found_by_collections)
    # Line by line: the objects that became unreachable while the program ran
    # are, all together, what its gc.collect() calls freed; none was found
    # for the cycle still in use.
    during = [count for line, count in seen["appearances"] if line is not None]
    assert sum(during) == sum(freed)
    assert [line for line, _ in seen["appearances"] if line is not None] == [46, 48, 49, 54]
    shown = seen["shown"]
    assert "Node at …" in shown and "─.other→" in shown and "─[0]→ itself" in shown
    assert "with a finalizer (__del__)" in shown
