# 'coroutine was never awaited': through warnings._warn_unawaited_coroutine, a
# failure of it or a warning made an error goes to sys.unraisablehook.
import warnings, gc, sys
async def func(): pass
seen = []
sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value), u.object is not None))
with warnings.catch_warnings():
    warnings.filterwarnings("error")
    aw = func()
    del aw
    gc.collect()
print(seen)
seen.clear()
orig = warnings._warn_unawaited_coroutine
warnings._warn_unawaited_coroutine = lambda coro: 1/0
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    c = func(); del c; gc.collect()
print(seen, [str(w.message) for w in log])
seen.clear()
del warnings._warn_unawaited_coroutine
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    func(); gc.collect()
print(seen, [str(w.message) for w in log])
warnings._warn_unawaited_coroutine = orig
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    func(); gc.collect()
print(seen, [str(w.message).splitlines()[0] for w in log])
