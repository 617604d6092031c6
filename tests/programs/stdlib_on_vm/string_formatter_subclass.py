# string.Formatter subclasses calling back into interpreted code for fields and conversions.
import string
class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<missing {key}>"
        return super().get_value(key, args, kwargs)
formatter = Upper()
print(formatter.format("{name!u} has {count:03d} items, {missing}", name="ann", count=7))
print(list(formatter.parse("a{0}b{x!r:>5}c")))
print(formatter.vformat("{0}-{1}", ("x", "y"), {}))
class Accounting(string.Formatter):
    def format_field(self, value, spec):
        if spec == "money":
            return f"${value:,.2f}" if value >= 0 else f"(${-value:,.2f})"
        return super().format_field(value, spec)
print(Accounting().format("in {0:money}, out {1:money}", 1234.5, -99))
