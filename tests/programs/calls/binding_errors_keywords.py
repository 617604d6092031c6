# TypeError messages for keyword problems: unexpected, duplicate, missing keyword-only.
def f(a, b): pass
def kwonly(a, *, key, other=1): pass
def kwonly2(*, x, y): pass
def posonly(a, b, /, c): pass
def everything(a, /, b, *args, c, d=4, **kwargs): pass
calls = ["f(1, c=2)", "f(1, a=2)", "f(a=1, a=2)" if False else "f(1, 2, b=3)", "f(b=1)", "kwonly(1)",
         "kwonly(1, 2)", "kwonly(1, key=2, bogus=3)", "kwonly2()", "kwonly2(1)", "kwonly2(x=1)",
         "posonly(a=1, b=2, c=3)", "posonly(1, b=2, c=3)", "posonly(1, 2)", "everything()",
         "everything(1)", "everything(1, 2)", "everything(a=1, b=2, c=3)", "f(**{'a': 1, 'z': 2})",
         "f(1, **{'b': 2, 'b2': 3})", "f(*[1], **{'a': 2})", "f(**{1: 2})", "f(*1)", "f(**[1])"]
for call in calls:
    try:
        eval(call)
    except TypeError as error:
        print(f"{call:32} {error}")
try:
    exec("f(a=1, a=2)")
except SyntaxError as error:
    print("SyntaxError:", error.msg)
