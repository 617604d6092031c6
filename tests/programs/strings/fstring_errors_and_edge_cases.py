# f-string edge cases: errors at run time, nested quotes, backslashes (3.12), and debugging specifiers.
value = 42
items = {"key": "value"}
print(f"{items['key']}", f'{items["key"]}', f"{'\\n'.join(['a', 'b'])!r}", f"{value:{'>' if value else '<'}10}|")
print(f"{value!r:>{value // 7}}", f"{value = !s:>6}", f"{(value := value + 1)}", value)
print(f"{'{'}", f"{'}'}", f"{{{value}}}", f"{3.14159:.{2}f}", f"{'abc':^{value // 4}}")
for source in ['f"{value:{"x" * 100}}"', 'f"{value!z}"', 'f"{}"', 'f"{value!}"', 'f"{value:=^10}"']:
    try:
        print(source, "->", eval(source))
    except (SyntaxError, ValueError) as error:
        print(source, "->", type(error).__name__, getattr(error, "msg", error))
class Explodes:
    def __format__(self, spec):
        raise RuntimeError(f"cannot format with {spec!r}")
try:
    f"{Explodes():fancy}"
except RuntimeError as error:
    print("RuntimeError:", error)
print(f"{'nested ' + f'{value}'}", f"""{
    value
}""", f"{value}" f"{value}" "plain", rf"\d{value}", fr"{value}\n")
