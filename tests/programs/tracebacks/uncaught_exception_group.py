# An uncaught ExceptionGroup is drawn as a tree of boxes.
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    raise TypeError(f"task {n} had the wrong type")
errors = []
for n in range(3):
    try:
        task(n)
    except Exception as error:
        errors.append(error)
raise ExceptionGroup("several tasks failed", errors)
