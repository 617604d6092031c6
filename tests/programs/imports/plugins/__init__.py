"""A package with a module-level __getattr__ and __dir__ (PEP 562)."""
_lazy = {"heavy": "loaded lazily"}


def __getattr__(name):
    if name in _lazy:
        print(f"  __getattr__ computing {name}")
        value = _lazy[name]
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_lazy))
