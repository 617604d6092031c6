"""A module that fails while being imported."""
VALUE = 1


def helper():
    return {}["missing key at import time"]


helper()
