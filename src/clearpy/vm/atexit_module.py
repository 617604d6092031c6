"""``atexit``: functions to run when the interpreter shuts down.

CPython keeps the registered functions per interpreter and calls them, last
registered first, during finalization; so does clearpy (``Interpreter.shutdown``).
"""

import types


def make_atexit_module(interpreter) -> types.ModuleType:
    module = types.ModuleType("atexit", "allow programmer to define multiple exit functions to "
                                        "be executed upon normal program termination.\n\n"
                                        "Two public functions, register and unregister, are defined.\n")
    callbacks = []

    def register(func, /, *args, **kwargs):
        """Register a function to be executed upon normal program termination."""
        if not callable(func):
            raise TypeError("the first argument must be callable")
        callbacks.append((func, args, kwargs))
        return func

    def unregister(func, /):
        """Unregister an exit function which was previously registered using
        atexit.register"""
        callbacks[:] = [entry for entry in callbacks if not entry[0] == func]

    def _run_exitfuncs():
        """Run all registered exit functions."""
        from clearpy.vm.hooks import write_unraisable

        while callbacks:
            func, args, kwargs = callbacks.pop()
            try:
                func(*args, **kwargs)
            except BaseException as error:
                write_unraisable(interpreter, error, func, "Exception ignored in atexit callback")

    def _clear():
        """Clear the list of previously registered exit functions."""
        callbacks.clear()

    def _ncallbacks():
        """Return the number of registered exit functions."""
        return len(callbacks)

    for function in (register, unregister, _run_exitfuncs, _clear, _ncallbacks):
        module.__dict__[function.__name__] = function
    return module
