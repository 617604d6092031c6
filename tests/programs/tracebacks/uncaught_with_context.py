# "During handling of the above exception, another exception occurred:"
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table["default"] + 1
lookup({"default": "text"}, "missing")
