# re.sub's replacement templates are compiled by the program's own re module
# (CPython's C _sre calls back re._compile_template), so a bad template raises
# the re.error the program can catch.
import re

print(re.sub(r"(\w+)@(?P<host>\w+)", r"\2 at \g<host> for \1", "ann@example bob@test"))
print(re.subn("a", r"\t\n", "banana"))
print(re.match(r"(?P<x>\d+)", "42").expand(r"[\g<x>] [\1]"))
for template in (r"\c", r"\g<1", r"\400", r"\g<9>", r"\g<-1>"):
    try:
        re.sub("(a)", template, "a")
    except re.error as error:
        print(repr(template), type(error).__module__, error.msg, error.pos)
try:
    re.match("(a)", "a").expand(r"\Q")
except re.error as error:
    print("expand:", error)
