# Warnings go to stderr with file and line; the default filter shows each location once.
import warnings
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1
def caller():
    return old_api() + old_api()
print(caller())
warnings.warn("a user warning")
for _ in range(3):
    warnings.warn("repeated warning, shown once")
warnings.warn_explicit("explicit", RuntimeWarning, "fake.py", 99)
print("done")
