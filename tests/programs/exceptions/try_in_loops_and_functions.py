# Exceptions crossing loops and function frames, handlers inside loops, retries.
def attempt(n):
    if n < 3:
        raise ConnectionError(f"attempt {n} failed")
    return f"succeeded on attempt {n}"
for n in range(5):
    try:
        print(attempt(n))
        break
    except ConnectionError as error:
        print("retrying:", error)
def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    finally:
        print("  level2 finally")
def level1():
    try:
        level2()
    except KeyError:
        print("wrong handler")
try:
    level1()
except ValueError as error:
    print("caught at top:", error)
results = []
for value in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(value))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    finally:
        results.append("|")
print(results)
while True:
    try:
        raise StopIteration
    except StopIteration:
        break
print("escaped while True via except + break")
def gen_with_try():
    for i in range(3):
        try:
            yield 10 / (1 - i)
        except ZeroDivisionError:
            yield "division by zero inside generator"
print(list(gen_with_try()))
