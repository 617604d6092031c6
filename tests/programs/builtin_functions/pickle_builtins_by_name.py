# Built-in classes and functions pickle by name, clearpy's own super included.
import pickle, copy
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for t in (super, type, object, int, print, len, BaseException, ValueError, range, dict, list):
        assert pickle.loads(pickle.dumps(t, proto)) is t, (t, proto)
print(super.__qualname__, super.__name__, super.__module__, repr(super))
print(copy.deepcopy(super) is super)
