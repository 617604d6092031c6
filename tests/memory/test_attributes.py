"""Reading attributes without giving an instance a __dict__ or running its code."""

import gc

from clearpy.memory.attributes import UNKNOWN_NAME, existing_dict, has_instance_dict, instance_attributes


class Plain:
    def __init__(self):
        self.first = [1]
        self.second = "two"


class Guarded:
    calls = []

    @property
    def secret(self):
        Guarded.calls.append("ran")
        return 42


class Slotted:
    __slots__ = ("x", "__dict__")

    def describe(self):
        return f"{self.x} {self.extra}"


def materialized(obj) -> bool:
    """Does ``obj`` carry a real dict (among what it refers to)?"""
    return any(type(value) is dict for value in gc.get_referents(obj))


def test_inline_attributes_are_read_in_place():
    obj = Plain()
    obj.later = 3.5                       # a name only this file uses
    assert has_instance_dict(obj) and existing_dict(obj) is None
    assert instance_attributes(obj) == [("first", obj.first), ("second", "two"), ("later", 3.5)]
    assert not materialized(obj)


def test_a_dict_that_exists_is_read():
    obj = Plain()
    vars(obj)                             # now it has one
    assert existing_dict(obj) is vars(obj)
    assert [name for name, _ in instance_attributes(obj)] == ["first", "second"]


def test_a_single_dict_valued_attribute_is_not_mistaken_for_the_dict():
    class Holder:
        pass

    holder = Holder()
    holder.table = {"first": 1}
    # Holder has no methods to take names from: the value is found, not its name...
    assert instance_attributes(holder) == [(UNKNOWN_NAME, {"first": 1})]
    # ...unless the caller knows the names the program uses.
    assert instance_attributes(holder, ["x", "table"]) == [("table", {"first": 1})]
    assert existing_dict(holder) is None
    assert [value for value in gc.get_referents(holder) if type(value) is dict] == [holder.table]


def test_unknown_names_and_properties():
    obj = Guarded()
    setattr(obj, "computed_" + str(len(Guarded.calls) + 7), "value")
    attributes = instance_attributes(obj)
    assert attributes == [(UNKNOWN_NAME, "value")]
    assert Guarded.calls == []            # the property never ran


def test_slots_and_dict_together():
    obj = Slotted()
    obj.x = (1, 2)
    obj.extra = "e"
    assert sorted(instance_attributes(obj)) == [("extra", "e"), ("x", (1, 2))]
    assert not materialized(obj)
    assert not has_instance_dict(5) and not has_instance_dict([])
