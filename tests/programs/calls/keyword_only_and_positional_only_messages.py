# Messages naming several missing arguments, and functions with many kinds of parameters.
def many(a, b, c, /, d, e, *, f, g, h=0):
    pass
for call in ["many()", "many(1)", "many(1, 2, 3)", "many(1, 2, 3, 4)", "many(1, 2, 3, 4, 5)", "many(1, 2, 3, 4, 5, f=6)",
             "many(1, 2, 3, 4, 5, 6)", "many(1, 2, 3, d=4, e=5, f=6, g=7, i=8)", "many(a=1, b=2, c=3, d=4, e=5, f=6, g=7)",
             "many(1, 2, 3, 4, 5, 6, 7, 8, f=1, g=2)"]:
    try:
        eval(call)
        print(f"{call:48} ok")
    except TypeError as error:
        print(f"{call:48} {error}")
class K:
    def m(self, x, /, *, y):
        pass
for call in ["K().m()", "K().m(1)", "K().m(x=1, y=2)", "K.m(K(), 1, 2)"]:
    try:
        eval(call)
    except TypeError as error:
        print(f"{call:20} {error}")
