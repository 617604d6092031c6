# Building strings: join vs +=, io.StringIO, str.format with attributes/indexes, and templates.
import io
import string
parts = []
for i in range(5):
    parts.append(f"<{i}>")
print("".join(parts))
text = ""
for i in range(5):
    text += str(i)
print(text)
buffer = io.StringIO()
for word in ["alpha", "beta"]:
    buffer.write(word)
    buffer.write("\n")
print(repr(buffer.getvalue()), buffer.tell())
class Person:
    name = "Ada"
    langs = ["Python", "C"]
print("{0.name} knows {0.langs[0]} and {0.langs[1]}".format(Person()), "{p.name!r:>8}".format(p=Person()))
print("{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7), "{!r}".format("q"), "{{}}".format())
t = string.Template("Dear $name, you owe ${amount}$$")
print(t.substitute(name="Bob", amount=10), t.safe_substitute(name="Eve"))
try:
    t.substitute(name="x")
except KeyError as error:
    print("KeyError:", error)
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:5], len(string.printable))
print("a\tb".expandtabs(), "snake_case_name".replace("_", " ").title().replace(" ", ""), "CamelCase".lower())
print(str.join(", ", map(str, range(3))), ", ".join(["only"]), "".join([]), "-".join("abc"))
