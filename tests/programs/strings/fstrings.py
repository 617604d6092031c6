# f-strings: conversions, format specs, nested fields, = debugging, and 3.12's quote reuse.
name = "world"
value = 3.14159
items = ["a", "b"]
width = 10
print(f"hello {name}!", f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}")
print(f"{value:.2f}", f"{value:{width}.{2}f}|", f"{value:<10}|", f"{42:#06x}", f"{1234567.891:,.2f}")
print(f"{value=}", f"{value = :.1f}", f"{name=!r:>10}", f"{1 + 2 = }", f"{items[0]=}")
print(f"{'nested ' + f'{name}'}", f"{f'{f"{1 + 1}"}'}", f"{items}", f"{ {'k': 1}['k'] }")
print(f"{"quotes reused in 3.12"}", f"{'\n'.join(items)}", f"{items!r:^20}")
print(f"{{literal braces}}", f"{{{name}}}", f"{3:{'>'}{5}}", f"{'x' if value > 3 else 'y'}")
print(f"{(lambda x: x * 2)(21)}", f"{[n * n for n in range(4)]}", f"{value:e}", f"{0.5:%}")
print(f"{name:>{width}}", f"{-42:+}", f"{42:+}", f"{42: }", f"{1e100:g}", f"{12:b}", f"{65:c}")
import datetime
day = datetime.date(2024, 2, 29)
print(f"{day:%Y/%m/%d}", f"{day!r}", f"{day:%A}")
class Custom:
    def __format__(self, spec):
        return f"Custom[{spec}]"
print(f"{Custom()}", f"{Custom():anything goes}", f"{Custom()!s:>30}"[:5])
for bad in ["f'{value:q}'", "f'{name:d}'", "f'{1:,s}'"]:
    try:
        eval(bad)
    except ValueError as error:
        print("ValueError:", error)
multi = f"""
{name
 .upper()}
"""
print(repr(multi))
