# for-loop and with/except variables live in the enclosing scope; comprehension variables do not.
for i in range(3):
    pass
print("loop variable after loop:", i)
for j in []:
    pass
print("j defined after empty loop:", "j" in globals())
with open(__file__) as handle:
    pass
print("with target after with:", handle.closed)
try:
    raise ValueError
except ValueError as err:
    pass
print("except target after except:", "err" in globals())
def function_scope():
    for k in range(2):
        def closure():
            return k
    return closure()
print(function_scope())
while (n := 3) > 5:
    pass
print("walrus in while condition leaks:", n)
