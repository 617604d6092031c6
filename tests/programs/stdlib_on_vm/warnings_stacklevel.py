# warnings.warn's stacklevel picks which interpreted frame the warning is attributed to.
import warnings
import sys
warnings.simplefilter("always")
def deprecated_helper(level):
    warnings.warn(f"stacklevel={level}", DeprecationWarning, stacklevel=level)
def api(level):
    deprecated_helper(level)
def user_code():
    for level in (1, 2, 3, 4):
        api(level)
user_code()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    api(2)
    api(3)
for w in caught:
    print(w.category.__name__, w.message, w.lineno, w.filename == __file__)
def skip_prefix():
    warnings.warn("skipping", UserWarning, skip_file_prefixes=(__file__,))
skip_prefix()
print("done", file=sys.stdout)
