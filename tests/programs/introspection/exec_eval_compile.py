# exec and eval with global/local dictionaries, compile modes, and the code objects they make.
namespace = {}
exec("x = 10\ny = x * 2\ndef f():\n    return y + 1", namespace)
print(namespace["y"], namespace["f"](), sorted(k for k in namespace if k != "__builtins__"), "__builtins__" in namespace)
print(eval("x + y", namespace), eval("a * b", {"a": 3}, {"b": 4}), eval("len('abc')"))
g = {"value": "global"}
l = {"value": "local"}
exec("result = value", g, l)
print(l["result"], "result" in g)
code = compile("z = 3\nprint('from compiled code', z)", "<my code>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
exec(code)
expr = compile("2 ** 10", "<expr>", "eval")
print(eval(expr))
single = compile("1 + 1", "<single>", "single")
exec(single)
def function_scope():
    local = 5
    return eval("local * 2"), eval("local * 2", {}, {"local": 100})
print(function_scope())
try:
    eval("x = 1")
except SyntaxError as error:
    print("SyntaxError:", error.msg)
try:
    exec("return 5")
except SyntaxError as error:
    print("SyntaxError:", error.msg, error.lineno)
try:
    eval("undefined_thing")
except NameError as error:
    print("NameError:", error)
import ast
tree = ast.parse("print('from an AST', 6 * 7)")
exec(compile(tree, "<ast>", "exec"))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(99))), "<e>", "eval")))
exec("def made():\n    return __name__", namespace)
print(namespace["made"](), namespace.get("__name__"))
exec("import sys as imported_sys", namespace)
print(namespace["imported_sys"].__name__)
print(eval("[i for i in range(3)]", {}), eval("(lambda: secret)()", {"secret": 7}))
