"""Building and unpacking containers: tuples, lists, sets, dicts."""

from clearpy.vm.handlers import handler
from clearpy.vm.null import NULL
from clearpy.vm.protocols import (
    has_iter_slot, is_sequence, merge_keywords, type_name, unpack_iterable, update_mapping)


def _nulls(count: int) -> list:
    return [NULL] * count


@handler("BUILD_TUPLE")
def build_tuple(site):
    """values[oparg] -- tup."""
    count = site.oparg
    first, following = site.stack(count), site.next
    end, clear = first + count, _nulls(count - 1) if count else []

    def op(frame, R):
        R[first] = tuple(R[first:end])
        R[first + 1:end] = clear
        return following

    if count == 0:
        def op(frame, R):   # noqa: F811 - the empty tuple: nothing to gather
            R[first] = ()
            return following
    return op


@handler("BUILD_LIST")
def build_list(site):
    """values[oparg] -- list."""
    count = site.oparg
    first, following = site.stack(count), site.next
    end, clear = first + count, _nulls(max(count - 1, 0))

    def op(frame, R):
        R[first] = R[first:end]
        R[first + 1:end] = clear
        return following
    if count == 0:
        def op(frame, R):   # noqa: F811
            R[first] = []
            return following
    return op


@handler("BUILD_SET")
def build_set(site):
    """values[oparg] -- set."""
    count = site.oparg
    first, following = site.stack(count), site.next
    end, clear = first + count, _nulls(max(count - 1, 0))

    def op(frame, R):
        result = set()
        for register in range(first, end):
            result.add(R[register])
        R[first] = result
        R[first + 1:end] = clear
        return following
    return op


@handler("BUILD_MAP")
def build_map(site):
    """values[oparg*2] -- map: key, value, key, value..."""
    count = site.oparg
    first, following = site.stack(2 * count), site.next
    end, clear = first + 2 * count, _nulls(max(2 * count - 1, 0))

    def op(frame, R):
        result = {}
        for register in range(first, end, 2):
            result[R[register]] = R[register + 1]
        R[first] = result
        R[first + 1:end] = clear
        return following
    return op


@handler("BUILD_CONST_KEY_MAP")
def build_const_key_map(site):
    """values[oparg] keys -- map: values, then a constant tuple of their keys."""
    count = site.oparg
    first, keys, following = site.stack(count + 1), site.stack(1), site.next
    end, clear = keys + 1, _nulls(count)

    def op(frame, R):
        names = R[keys]
        if type(names) is not tuple or len(names) != count:
            raise SystemError("bad BUILD_CONST_KEY_MAP keys argument")
        result = {}
        for position, key in enumerate(names):
            result[key] = R[first + position]
        R[first] = result
        R[first + 1:end] = clear
        return following
    return op


@handler("LIST_APPEND")
def list_append(site):
    """list unused[oparg-1] v -- list unused[oparg-1]: comprehensions."""
    target, value, following = site.stack(site.oparg + 1), site.stack(1), site.next

    def op(frame, R):
        R[target].append(R[value])
        R[value] = NULL
        return following
    return op


@handler("SET_ADD")
def set_add(site):
    """set unused[oparg-1] v -- set unused[oparg-1]."""
    target, value, following = site.stack(site.oparg + 1), site.stack(1), site.next

    def op(frame, R):
        R[target].add(R[value])
        R[value] = NULL
        return following
    return op


@handler("MAP_ADD")
def map_add(site):
    """key value -- : store into the dict oparg deep (under the pair)."""
    target, key, value = site.stack(site.oparg + 2), site.stack(2), site.stack(1)
    following = site.next

    def op(frame, R):
        R[target][R[key]] = R[value]
        R[key] = R[value] = NULL
        return following
    return op


@handler("LIST_EXTEND")
def list_extend(site):
    """list unused[oparg-1] iterable -- list unused[oparg-1]: ``[*a, *b]``."""
    target, value, following = site.stack(site.oparg + 1), site.stack(1), site.next

    def op(frame, R):
        iterable = R[value]
        try:
            R[target].extend(iterable)
        except TypeError:
            if not has_iter_slot(iterable) and not is_sequence(iterable):
                raise TypeError(f"Value after * must be an iterable, not "
                                f"{type_name(iterable)}") from None
            raise
        R[value] = NULL
        return following
    return op


@handler("SET_UPDATE")
def set_update(site):
    """set unused[oparg-1] iterable -- set unused[oparg-1]: ``{*a, *b}``."""
    target, value, following = site.stack(site.oparg + 1), site.stack(1), site.next

    def op(frame, R):
        R[target].update(R[value])
        R[value] = NULL
        return following
    return op


@handler("DICT_UPDATE")
def dict_update(site):
    """update -- : ``{**a, **b}``, into the dict oparg deep."""
    target, value, following = site.stack(site.oparg + 1), site.stack(1), site.next

    def op(frame, R):
        update_mapping(R[target], R[value])
        R[value] = NULL
        return following
    return op


@handler("DICT_MERGE")
def dict_merge(site):
    """update -- : ``f(**a, **b)``: like DICT_UPDATE, but a repeated key is an error."""
    target, value, following = site.stack(site.oparg + 1), site.stack(1), site.next
    function = site.stack(site.oparg + 3)

    def op(frame, R):
        merge_keywords(R[target], R[value], R[function])
        R[value] = NULL
        return following
    return op


@handler("UNPACK_SEQUENCE")
def unpack_sequence(site):
    """seq -- unused[oparg]: ``a, b = seq`` pushes the items, the first on top."""
    count = site.oparg
    first, following = site.stack(1), site.next
    end = first + count

    def op(frame, R):
        value = R[first]
        kind = type(value)
        if (kind is tuple or kind is list) and len(value) == count:
            items = value
        else:
            items = unpack_iterable(value, count, -1)
        R[first:end] = items[::-1]
        return following
    return op


@handler("UNPACK_EX")
def unpack_ex(site):
    """seq -- values: ``a, *b, c = seq`` (oparg: count before | count after << 8)."""
    before, after = site.oparg & 0xFF, site.oparg >> 8
    first, following = site.stack(1), site.next
    end = first + before + after + 1

    def op(frame, R):
        items = unpack_iterable(R[first], before, after)
        R[first:end] = items[::-1]
        return following
    return op
