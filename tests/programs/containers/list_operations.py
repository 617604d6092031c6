# Lists: methods, slicing (with steps and assignment), sorting stability, and errors.
xs = [5, 3, 8, 1]
xs.append(9); xs.insert(0, 7); xs.extend(range(2)); xs.remove(8)
print(xs, xs.pop(), xs.pop(0), xs.index(1), xs.count(3), len(xs))
xs.sort(); print(xs); xs.sort(reverse=True); print(xs); xs.reverse(); print(xs)
print(xs[::-1], xs[1:-1], xs[::2], xs[10:], xs[-100:2], xs[5:1:-2])
ys = list(range(10))
ys[2:5] = ["a"]; print(ys)
ys[::3] = "XYZ"; print(ys)
del ys[::2]; print(ys)
ys[1:1] = [0, 0]; print(ys)
try:
    ys[::2] = [1]
except ValueError as error:
    print("ValueError:", error)
for bad in ["[].pop()", "[1].remove(2)", "[1].index(5)", "[][0]", "[1, 'a'].sort()"]:
    try:
        eval(bad)
    except (IndexError, ValueError, TypeError) as error:
        print(bad, "->", type(error).__name__, error)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested, [[0] * 2 for _ in range(2)], [1, 2] * 2, [1] + [2], 3 * [None])
print(list("abc"), list((1, 2)), list({"k": 1}), [].copy(), xs.copy() == xs, xs.copy() is xs)
a = [1, 2, 3]
a[len(a):] = [4]
a.clear()
print(a, [1, [2, [3]]] == [1, [2, [3]]], [1, 2] < [1, 3], max([[1], [0, 5]]))
