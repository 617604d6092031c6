"""The heap as seen from frames: reference counts, immortality, holders, short reprs."""

import sys

from clearpy.memory.frames import CELL, LOCAL, STACK, UNBOUND, FrameView, Slot, host_frame_view
from clearpy.memory.heap import take_snapshot
from clearpy.memory.immortal import IMMORTAL_REFCOUNT, is_immortal, why_immortal
from clearpy.memory.refcount import reference_count, reference_counts
from clearpy.memory.short_repr import short_repr


def view(*slots, key="f1"):
    return FrameView(key, "main", "prog.py", 1, [Slot(kind, name, value) for kind, name, value in slots])


# -- immortal objects -------------------------------------------------------------------

def test_immortal_objects_have_the_fixed_count_of_3_12():
    for obj in (None, True, False, 0, 256, -5, "", "x", (), b"", int, Ellipsis):
        assert sys.getrefcount(obj) == IMMORTAL_REFCOUNT
        assert is_immortal(obj)
        assert why_immortal(obj)


def test_ordinary_objects_are_mortal():
    computed = int("257") * 3      # not a small int, not a constant of the code
    for obj in ([], {}, object(), computed, "not an identifier " + str(computed)):
        assert not is_immortal(obj)


# -- reference counts --------------------------------------------------------------------

def test_reference_count_leaves_out_its_own_references():
    thing = object()
    assert reference_count(thing) == 1          # the variable
    holder = [thing, thing]
    assert reference_count(thing) == 3          # the variable and two list slots
    del holder
    assert reference_count(thing) == 1
    assert reference_count(None) is None


def test_reference_counts_of_a_table_leave_out_the_table_and_what_the_caller_holds():
    thing = object()
    table = {id(thing): thing}
    assert reference_counts(table) == {id(thing): 1}
    also_held = [thing]
    assert reference_counts(table, {id(thing): 1}) == {id(thing): 1}
    assert reference_counts(table) == {id(thing): 2}
    del also_held


# -- snapshots -----------------------------------------------------------------------------

def test_snapshot_counts_references_and_names_every_holder():
    shared = [1, 2]
    outer = [shared, shared]
    snapshot = take_snapshot([view((LOCAL, "shared", shared), (LOCAL, "outer", outer))])
    entry = snapshot.objects[id(shared)]
    # This test holds `shared` once (its variable) and `outer` twice: the
    # frame view's slots are the inspector's own and are not counted.
    assert entry.refcount == 3 == sys.getrefcount(shared) - 1
    assert sorted((holder.holder, holder.label) for holder in entry.holders
                  if holder.from_frame) == [("f1", "shared")]
    assert sorted(holder.label for holder in entry.holders
                  if not holder.from_frame and holder.holder == id(outer)) == ["[0]", "[1]"]
    assert entry.holders_elsewhere() == 0    # the test's variable ~ the frame slot
    assert snapshot.objects[id(outer)].refcount == 1
    one = snapshot.objects[id(1)]
    assert one.immortal and one.refcount is None and one.kind == "primitive"
    assert entry.size == sys.getsizeof(shared)
    assert entry.tracked and not one.tracked


def test_snapshot_follows_attributes_dicts_cells_and_the_value_stack():
    class Point:
        def __init__(self, x, y):
            self.x, self.y = x, y

    class Slotted:
        __slots__ = ("value",)

    label = "a label " + str(len(sys.argv) + 1000)
    point = Point([7], label)
    slotted = Slotted()
    slotted.value = {"p": point}
    cell = (lambda: point).__closure__[0]
    snapshot = take_snapshot([view((CELL, "point", cell), (LOCAL, "slotted", slotted),
                                   (STACK, "0", label), (LOCAL, "unset", UNBOUND))])
    objects = snapshot.objects
    assert objects[id(point)].kind == "instance"
    labels = {(ref.label, objects[ref.target].type_name) for ref in objects[id(point)].references}
    assert labels == {(".x", "list"), (".y", "str")}
    assert [ref.label for ref in objects[id(slotted)].references] == [".value"]
    assert [ref.label for ref in objects[id(slotted.value)].references] == ["key 'p'", "['p']"]
    assert objects[id(slotted.value)].elements == [[id("p"), id(point)]]
    assert objects[id(point)].elements == [("x", id(point.x)), ("y", id(label))]
    assert [ref.label for ref in objects[id(cell)].references] == ["contents"]
    stack_holders = [ref.label for ref in objects[id(label)].holders if ref.from_frame]
    assert stack_holders == ["stack 0"]
    # The string is held by point.y, the variable `label` and the stack slot
    # (the inspector's): 2 references seen by the program.
    assert objects[id(label)].refcount == 2


def test_functions_classes_and_modules_are_shown_but_not_entered():
    def helper():
        return sys

    snapshot = take_snapshot([view((LOCAL, "helper", helper), (LOCAL, "sys", sys), (LOCAL, "cls", dict))])
    kinds = {obj.kind for obj in snapshot.objects.values()}
    assert kinds == {"function", "module", "class"}
    assert all(not obj.references for obj in snapshot.objects.values())


def test_snapshot_stops_at_its_limit_and_says_so():
    many = [[index] for index in range(50)]
    snapshot = take_snapshot([view((LOCAL, "many", many))], max_objects=10)
    assert snapshot.truncated and len(snapshot.objects) == 10


def test_big_containers_are_followed_to_their_first_items():
    big = list(range(1000, 1500))
    snapshot = take_snapshot([view((LOCAL, "big", big))])
    entry = snapshot.objects[id(big)]
    assert len(entry.references) == 100 and entry.more_items == 400


def test_host_frame_view_reads_a_host_frame():
    numbers = [1, 2, 3]
    frame_view = host_frame_view(sys._getframe(), key="here")
    names = {slot.name: slot.value for slot in frame_view.slots}
    assert names["numbers"] is numbers
    assert frame_view.function.endswith("test_host_frame_view_reads_a_host_frame")


# -- short reprs ---------------------------------------------------------------------------

def test_short_repr_cuts_long_values():
    assert short_repr([1, 2, "abc", None, (1,), {1: 2}]) == "[1, 2, 'abc', None, (1,), {1: 2}]"
    assert short_repr(list(range(100))).endswith(", …]")
    assert len(short_repr("x" * 1000)) <= 41
    assert short_repr(10 ** 5000).startswith("<int of about")
    cyclic = [1]
    cyclic.append(cyclic)
    assert short_repr(cyclic) == "[1, [...]]"
    assert short_repr(set()) == "set()" and short_repr(frozenset()) == "frozenset()"


def test_short_repr_never_runs_code_that_is_not_the_hosts():
    class Loud:
        def __repr__(self):
            raise RuntimeError("repr ran")

    class Interpreted:
        # Stands for a __repr__ written in the interpreted program: an object
        # that is callable but not a host function.
        __repr__ = type("NotAHostFunction", (), {"__call__": lambda self, *args: "ran"})()

    assert short_repr(Loud()).startswith("<Loud object at 0x")      # it raised: fallback
    assert short_repr(Interpreted()).startswith("<Interpreted object at 0x")
