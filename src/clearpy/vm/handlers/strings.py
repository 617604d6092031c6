"""f-strings: formatting values and joining the pieces."""

from clearpy.vm.handlers import handler
from clearpy.vm.null import NULL

# FORMAT_VALUE's argument: the conversion in the low two bits, and 0x04 when a
# format spec was pushed too.
_CONVERSIONS = (None, str, repr, ascii)


@handler("FORMAT_VALUE")
def format_value(site):
    """value [fmt_spec] -- result: ``f"{value!r:>10}"``."""
    convert = _CONVERSIONS[site.oparg & 0x03]
    has_spec = site.oparg & 0x04
    following = site.next
    if has_spec:
        value, spec = site.stack(2), site.stack(1)

        def op(frame, R):
            item = R[value]
            if convert is not None:
                item = convert(item)
            R[value] = format(item, R[spec])
            R[spec] = NULL
            return following
    else:
        value = site.stack(1)

        def op(frame, R):
            item = R[value]
            if convert is not None:
                item = convert(item)
            if type(item) is not str:
                item = format(item)
            R[value] = item
            return following
    return op


@handler("BUILD_STRING")
def build_string(site):
    """pieces[oparg] -- str: join the pieces of an f-string."""
    count = site.oparg
    first, following = site.stack(count), site.next
    end, clear = first + count, [NULL] * max(count - 1, 0)

    def op(frame, R):
        R[first] = "".join(R[first:end])
        R[first + 1:end] = clear
        return following
    return op
