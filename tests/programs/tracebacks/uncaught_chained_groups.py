# An exception group raised while handling another exception: both are printed, chained.
try:
    raise ConnectionError("network down")
except ConnectionError:
    raise ExceptionGroup("cleanup failed", [OSError("cannot close socket"), TimeoutError("gave up")])
