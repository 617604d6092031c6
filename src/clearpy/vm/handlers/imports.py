"""``import`` and ``from ... import``."""

from clearpy.vm.handlers import handler
from clearpy.vm.null import NULL


@handler("IMPORT_NAME")
def import_name(site):
    """level fromlist -- res: import a module, through ``builtins.__import__``."""
    name = site.code.co.co_names[site.oparg]
    level_register, fromlist_register, following = site.stack(2), site.stack(1), site.next
    index = site.index

    def op(frame, R):
        level, fromlist = R[level_register], R[fromlist_register]
        builtins = frame.builtins
        try:
            import_function = builtins["__import__"]
        except KeyError:
            raise ImportError("__import__ not found") from None
        interpreter = frame.ts.interpreter
        locals_ = frame.locals
        frame.pc = index
        if import_function is interpreter.default_import:
            module = interpreter.importer.import_module_level(
                name, frame.globals, locals_, fromlist, level)
        else:
            module = import_function(name, frame.globals, locals_, fromlist, level)
        R[level_register] = module
        R[fromlist_register] = NULL
        return following
    return op


@handler("IMPORT_FROM")
def import_from(site):
    """from -- from res: one name from the module on the stack."""
    name = site.code.co.co_names[site.oparg]
    module_register, top, following = site.stack(1), site.stack(0), site.next

    def op(frame, R):
        R[top] = frame.ts.interpreter.importer.import_from(R[module_register], name)
        return following
    return op
