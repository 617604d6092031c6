# The exact TypeError messages for wrong numbers of positional arguments.
def none(): pass
def one(a): pass
def two(a, b): pass
def defaults(a, b=1, c=2): pass
def star(a, *args): pass
class C:
    def method(self, x): pass
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(x): pass
calls = ["none(1)", "one()", "one(1, 2)", "two(1)", "two()", "two(1, 2, 3)", "defaults()",
         "defaults(1, 2, 3, 4)", "star()", "C().method()", "C().method(1, 2)", "C.method(1)",
         "C.cm()", "C().sm()", "C.sm(1, 2)", "(lambda: 0)(1)", "(lambda x, y: 0)(1)", "C(1)"]
for call in calls:
    try:
        eval(call)
    except TypeError as error:
        print(f"{call:22} {error}")
