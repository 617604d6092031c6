# raise ... from None hides the context in the printed traceback.
def get(mapping, key):
    try:
        return mapping[key]
    except KeyError:
        raise AttributeError(f"no attribute {key!r}") from None
get({}, "colour")
