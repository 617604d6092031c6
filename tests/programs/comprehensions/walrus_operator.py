# Assignment expressions (PEP 572): in conditions, comprehensions, and their scope rules.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"{n} items")
while (item := data.pop()) != 1:
    print("popped", item)
print(data)
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values, y)
def f():
    [last := i for i in range(3)]
    return last
print(f())
def g():
    total = 0
    running = [total := total + v for v in [1, 2, 3]]
    return running, total
print(g())
print((a := 1, a + 1), [b := 2, b ** 2], {"k": (c := 3)}, c)
import re
if match := re.match(r"(\d+)-(\d+)", "10-20"):
    print(match.groups())
for bad in ["[i := 0 for i in range(2)]", "(x := 1) = 2", "def h():\n    [j for j in range(2) if (j := 1)]"]:
    try:
        compile(bad, "<test>", "exec")
    except SyntaxError as error:
        print("SyntaxError:", error.msg)
