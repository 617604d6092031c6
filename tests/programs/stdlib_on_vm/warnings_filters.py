# Warning filters: error turns a warning into an exception, ignore, once, module/regex filters.
import warnings
def emit(message, category=UserWarning):
    warnings.warn(message, category, stacklevel=2)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        emit("now an error")
    except UserWarning as error:
        print("raised:", type(error).__name__, error)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep.*")
    emit("dropped")
    emit("keep me")
    emit("keep me too", RuntimeWarning)
    print([str(w.message) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for _ in range(3):
        emit("once only")
    print(len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.simplefilter("default")
    for _ in range(3):
        emit("default: once per location")
    print(len(caught))
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn(MyWarning("instance warning"))
    print(caught[0].category.__name__, caught[0].message.args)
old_showwarning = warnings.showwarning
def custom(message, category, filename, lineno, file=None, line=None):
    print(f"custom showwarning: {category.__name__}: {message} (line {lineno})")
warnings.showwarning = custom
warnings.warn("through the custom hook")
warnings.showwarning = old_showwarning
