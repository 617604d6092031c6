# concurrent.futures with threads: map, submit, as_completed results, and exceptions from futures.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
def square(n):
    return n * n
def fail(n):
    raise RuntimeError(f"job {n} failed")
with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(square, range(8))))
    futures = {pool.submit(square, n): n for n in range(5)}
    print(sorted(future.result() for future in as_completed(futures)))
    bad = pool.submit(fail, 7)
    wait([bad])
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except RuntimeError as error:
        print("result() re-raises:", error)
    print(pool.submit(lambda: "lambda in a worker thread").result())
