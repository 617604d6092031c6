# Several context managers: entered left to right, exited right to left, even on errors.
class M:
    def __init__(self, name, fail_enter=False, swallow=False):
        self.name, self.fail_enter, self.swallow = name, fail_enter, swallow
    def __enter__(self):
        print(f"  enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"{self.name} failed to enter")
        return self.name
    def __exit__(self, kind, value, tb):
        print(f"  exit {self.name} ({kind.__name__ if kind else 'no error'})")
        return self.swallow
with M("a") as a, M("b") as b, M("c") as c:
    print("  body", a, b, c)
try:
    with M("a"), M("b", fail_enter=True), M("never"):
        print("  never")
except RuntimeError as error:
    print("RuntimeError:", error)
with M("outer", swallow=True), M("inner"):
    raise ValueError("swallowed by outer")
print("continued")
with M("one"):
    with M("two"):
        with M("three"):
            pass
