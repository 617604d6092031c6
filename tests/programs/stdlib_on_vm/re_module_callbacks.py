# re with functions as replacements, named groups, and iteration over matches.
import re
text = "2024-01-15 and 1999-12-31, not 20-1-1"
pattern = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
print([m.group("year") for m in pattern.finditer(text)], pattern.findall(text))
print(pattern.sub(lambda m: f"{m['day']}/{m['month']}/{m['year']}", text))
m = pattern.search(text)
print(m.span(), m.groupdict(), m.group(0), m.start("month"), m.expand(r"\g<year>"), m.lastgroup)
print(re.split(r"[,\s]+", "a, b  c,d"), re.fullmatch(r"\w+", "abc") is not None, re.escape("a.b*c"))
counter = {"n": 0}
def numbered(match):
    counter["n"] += 1
    return f"<{counter['n']}:{match.group()}>"
print(re.sub(r"\b\w", numbered, "one two three"), counter)
try:
    re.compile("(unclosed")
except re.error as error:
    print("re.error:", error, error.pos)
print(re.sub(r"(a)(b)?", r"[\1|\2]", "ab a"), re.subn("x", "y", "xxx"), bool(re.match("a", "ba")))
