# test-invoke: -c {source}
# An uncaught exception in -c code: the traceback shows File "<string>".
x = 1
y = 0
print(x / y)
