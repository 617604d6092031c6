# An error raised while importing a module shows the import frames.
import sys
import os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "support"))
import failing_module_for_traceback
