# except Exception does not catch KeyboardInterrupt/SystemExit/GeneratorExit; bare except does.
for exc in [KeyboardInterrupt(), SystemExit(2), GeneratorExit(), ValueError()]:
    try:
        try:
            raise exc
        except Exception:
            print(type(exc).__name__, "caught by except Exception")
    except BaseException as outer:
        print(type(outer).__name__, "escaped except Exception")
try:
    raise KeyboardInterrupt
except:
    print("bare except catches KeyboardInterrupt too")
import sys
try:
    sys.exit("message")
except SystemExit as error:
    print("SystemExit code:", repr(error.code))
