# Frame names in tracebacks: methods, lambdas, comprehensions (inlined in 3.12), nested functions.
class Calculator:
    def run(self, values):
        return [self.apply(lambda v: 10 / v, value) for value in values]
    def apply(self, function, value):
        def inner():
            return function(value)
        return inner()
Calculator().run([1, 2, 0])
