# test-invoke: -m {module}
# test-args: --flag value
# Running with -m: __name__ is __main__, __spec__ names the module, argv[0] is the full path.
import os
import sys
print(__name__, __spec__.name, repr(__package__), os.path.basename(sys.argv[0]), sys.argv[1:])
print(os.path.isabs(sys.argv[0]), os.path.basename(__file__), sys.path[0] == os.getcwd())
print(sys.modules["__main__"] is sys.modules[__name__], "run_as_module" in sys.modules)
