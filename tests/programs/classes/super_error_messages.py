# The exact TypeErrors of super() called with wrong arguments.
class A:
    def method(self):
        return "A"
cases = ["super(1, A())", "super(A, 1)", "super(A, A(), 3)", "super(A, A).method()", "super(int, A())", "super(A, 'x')", "super(A).method"]
for case in cases:
    try:
        result = eval(case)
        print(f"{case:22} -> {type(result).__name__}")
    except (TypeError, AttributeError) as error:
        print(f"{case:22} -> {type(error).__name__}: {error}")
