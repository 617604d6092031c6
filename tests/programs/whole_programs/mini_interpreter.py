# A tiny expression language: tokenizer, recursive-descent parser to tuples, and an evaluator.
import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")
def tokenize(text):
    for number, name, op in TOKEN.findall(text):
        if number:
            yield ("num", float(number) if "." in number else int(number))
        elif name:
            yield ("name", name)
        elif op.strip():
            yield ("op", op)
    yield ("end", None)
class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos]
    def take(self, kind=None, value=None):
        token = self.tokens[self.pos]
        if (kind and token[0] != kind) or (value and token[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {token[1]!r} at token {self.pos}")
        self.pos += 1
        return token
    def expression(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node
    def factor(self):
        kind, value = self.peek()
        if kind == "num":
            return self.take()[1]
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take("op", "(")
                argument = self.expression()
                self.take("op", ")")
                return ("call", value, argument)
            return ("var", value)
        if (kind, value) == ("op", "-"):
            self.take()
            return ("neg", self.factor())
        self.take("op", "(")
        node = self.expression()
        self.take("op", ")")
        return node
FUNCTIONS = {"double": lambda x: 2 * x, "square": lambda x: x * x}
def evaluate(node, env):
    match node:
        case int() | float():
            return node
        case ("var", name):
            return env[name]
        case ("neg", inner):
            return -evaluate(inner, env)
        case ("call", name, argument):
            return FUNCTIONS[name](evaluate(argument, env))
        case (op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("inf")}[op]
env = {"x": 3, "y": 4}
for source in ["1 + 2 * 3", "(1 + 2) * 3", "square(x) + square(y)", "-x * -(y - 10)", "double(2.5) / 0", "1 + * 2", "z + 1"]:
    try:
        tree = Parser(source).expression()
        print(f"{source:24} => {tree} => {evaluate(tree, env)}")
    except SyntaxError as error:
        print(f"{source:24} => SyntaxError: {error}")
    except KeyError as error:
        print(f"{source:24} => unknown variable {error}")
