# test-env: CLEARPY_PROGRAM_VARIABLE=hello world
# os.environ and os.getenv see the environment the program was started with.
import os
print(os.environ["CLEARPY_PROGRAM_VARIABLE"], os.getenv("CLEARPY_PROGRAM_VARIABLE"), os.getenv("SURELY_NOT_SET_VARIABLE", "default"))
os.environ["SET_BY_PROGRAM"] = "1"
print(os.environ.get("SET_BY_PROGRAM"), "SET_BY_PROGRAM" in os.environ)
del os.environ["SET_BY_PROGRAM"]
print(os.environ.get("SET_BY_PROGRAM"), os.environ["PYTHONHASHSEED"])
try:
    os.environ["SURELY_NOT_SET_VARIABLE"]
except KeyError as error:
    print("KeyError:", error)
