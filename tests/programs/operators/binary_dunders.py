# Every binary operator dispatches to its dunder; the reflected one runs on NotImplemented.
class Loud:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
ops = {"add": "+", "sub": "-", "mul": "*", "matmul": "@", "truediv": "/", "floordiv": "//",
       "mod": "%", "pow": "**", "lshift": "<<", "rshift": ">>", "and": "&", "xor": "^", "or": "|"}
def make(op):
    def forward(self, other):
        return f"{self!r}.__{op}__({other!r})"
    def reflected(self, other):
        return f"{self!r}.__r{op}__({other!r})"
    return forward, reflected
for op in ops:
    forward, reflected = make(op)
    setattr(Loud, f"__{op}__", forward)
    setattr(Loud, f"__r{op}__", reflected)
a = Loud("a")
for op, symbol in ops.items():
    print(symbol, eval(f"a {symbol} 1"), eval(f"1 {symbol} a"))
print(divmod.__name__, pow(a, 2))
class OnlyLeft:
    def __add__(self, other):
        return NotImplemented
class OnlyRight:
    def __radd__(self, other):
        return "right wins"
print(OnlyLeft() + OnlyRight())
try:
    OnlyLeft() + OnlyLeft()
except TypeError as error:
    print("TypeError:", error)
try:
    OnlyRight() + 1
except TypeError as error:
    print("TypeError:", error)
