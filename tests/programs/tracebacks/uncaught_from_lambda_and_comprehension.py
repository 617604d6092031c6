# Frames in tracebacks for lambdas, generator expressions and class bodies.
class Settings:
    values = {"a": 1, "b": 0}
    ratios = list(map(lambda key: 10 / values[key], (k for k in values)))
