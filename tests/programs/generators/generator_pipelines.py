# Lazy pipelines built from generator functions and itertools, consumed step by step.
import itertools
def read_lines(text):
    for line in text.splitlines():
        print(f"  read {line!r}")
        yield line
def parse(lines):
    for line in lines:
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            yield name.strip(), int(value)
def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, total
text = "# config\na = 1\n\nb = 2\nc = 3"
pipeline = running_total(parse(read_lines(text)))
print(next(pipeline))
print(list(pipeline))
print(list(itertools.chain("ab", [1])), list(itertools.accumulate([1, 2, 3])), list(itertools.takewhile(lambda x: x < 3, itertools.count())))
print([(k, list(g)) for k, g in itertools.groupby("aabccc")], list(itertools.pairwise("abc")), list(itertools.batched(range(5), 2)))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:3], list(itertools.combinations("abc", 2)))
a, b = itertools.tee(x * x for x in range(4))
print(list(a), list(b), list(itertools.starmap(pow, [(2, 3)])), list(itertools.zip_longest("ab", "x", fillvalue="-")))
print(list(itertools.compress("abc", [1, 0, 1])), list(itertools.filterfalse(None, [0, 1, 0, 2])), list(itertools.repeat("r", 2)))
