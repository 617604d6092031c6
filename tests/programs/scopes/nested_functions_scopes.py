# LEGB: local, enclosing, global, built-in; several levels of nesting with shadowing.
value = "global"
def level1():
    value = "level1"
    def level2():
        def level3():
            return value
        return level3()
    return level2()
print(level1())
def shadowing():
    value = "outer"
    def inner():
        value = "inner"
        return value
    return inner(), value
print(shadowing())
def uses_global():
    return value
def sets_local():
    value = "local"
    return value, globals()["value"]
print(uses_global(), sets_local())
def counter_factory():
    count = 0
    def increment():
        nonlocal count
        count += 1
        def report():
            return f"count is {count}"
        return report
    return increment
inc = counter_factory()
inc()
print(inc()())
def param_shadow(len=len):
    return len("four")
print(param_shadow(), param_shadow(lambda s: -1))
def keyword_defaults_see_enclosing():
    base = 10
    def f(x=base * 2):
        return x
    base = 99
    return f()
print(keyword_defaults_see_enclosing())
