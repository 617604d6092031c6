# Every legal way of binding arguments, and what each parameter receives.
def show(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kwargs={kwargs}"
print(show(1, d=4))
print(show(1, 20, 30, 40, 50, d=4, e=6, f=7))
print(show(1, c=30, d=4))
print(show(*[1, 2, 3], *(4,), d=4, **{"e": 0, "z": 9}))
print(show(1, **{"d": 4, "a": "a goes to kwargs because a is positional-only"}))
def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket
print(defaults_evaluated_once(1), defaults_evaluated_once(2), defaults_evaluated_once(3, []))
def kw_defaults(*, x=[]):
    x.append(1)
    return len(x)
print(kw_defaults(), kw_defaults(), kw_defaults.__kwdefaults__)
print(show.__defaults__, show.__kwdefaults__, show.__code__.co_argcount, show.__code__.co_posonlyargcount, show.__code__.co_kwonlyargcount)
def order(*args, **kwargs):
    return list(kwargs)
print(order(z=1, a=2, m=3), order(**{"b": 1}, a=2))
def mutate(items, mapping):
    items.append("x")
    mapping = {}
    return mapping
lst, mp = [], {"k": 1}
mutate(lst, mp)
print(lst, mp)
