# Modules imported from a zip file on sys.path (zipimport).
import os
import sys
import tempfile
import zipfile
with tempfile.TemporaryDirectory() as directory:
    archive = os.path.join(directory, "bundle.zip")
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("zipped_module.py", "def hello():\n    return 'hello from inside a zip'\n")
        bundle.writestr("zipped_pkg/__init__.py", "NAME = 'package in a zip'\n")
    sys.path.insert(0, archive)
    import zipped_module
    import zipped_pkg
    print(zipped_module.hello(), zipped_pkg.NAME)
    print(type(zipped_module.__loader__).__name__, zipped_module.__file__.endswith(os.path.join("bundle.zip", "zipped_module.py")))
    sys.path.remove(archive)
