# With the limit raised, 10,000 nested interpreted calls work (issue 4 requires it).
import sys
sys.setrecursionlimit(12000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(10000))
def mutual_a(n):
    return n if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n - 1) + 1
print(mutual_a(9000))
def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n
print(sum(1 for _ in gen_depth(3000)))
