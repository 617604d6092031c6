def a():
    b()
def b():
    x = {'k': 1}
    return x['missing'] + 1
try:
    a()
except KeyError:
    raise ValueError("converted")
