# frame.clear() on a generator's frame finalizes it as freeing it would.
import warnings, gc
async def f():
    pass
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    gen = f()
    gen.cr_frame.clear()
    gen.close()
    del gen
    gc.collect()
print([str(w.message).splitlines()[0] for w in log])
def g():
    try:
        yield 1
    finally:
        print("finally runs on clear")
it = g(); next(it)
it.gi_frame.clear()
print(it.gi_frame, list(it))
