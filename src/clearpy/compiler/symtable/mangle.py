"""Private name mangling: inside ``class Spam``, ``__egg`` means ``_Spam__egg``.

Python rewrites a name that starts with two underscores (and does not end with
two) when it appears anywhere inside a class body, so that subclasses cannot
clash with it by accident. The rewrite happens at compile time, on the name
alone, whatever it names: a variable, an attribute, a parameter, an import.
This is CPython's ``_Py_Mangle``.
"""


def mangle(class_name: str | None, name: str) -> str:
    """The name ``name`` really stands for inside the class ``class_name``.

    ``class_name`` is None outside any class. Dunder names (``__init__``),
    dotted import names and classes named only with underscores are left alone.
    """
    if class_name is None or not name.startswith("__"):
        return name
    if name.endswith("__") or "." in name:
        return name
    stripped = class_name.lstrip("_")
    if not stripped:
        return name
    return f"_{stripped}{name}"
