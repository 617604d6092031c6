# global statements inside class bodies and exec'd code; and name resolution in exec with two dicts.
counter = 0
class Incrementer:
    global counter
    counter += 1
print(counter)
code = "global shared\nshared = 'set by exec'"
exec(code)
print(shared)
g = {"x": "global dict"}
l = {"x": "local dict"}
exec("def f():\n    return x\nresult = f()\nlocal_seen = x", g, l)
print(l["result"], l["local_seen"])
exec("global y\ny = 'into globals'", g, l)
print(g.get("y"), "y" in l)
def nested_exec():
    value = "function local"
    exec("value = 'changed by exec'")
    return value
print(nested_exec())
