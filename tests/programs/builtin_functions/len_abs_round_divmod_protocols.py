# Built-ins that dispatch to dunders: len, abs, round, divmod, pow, bool, int, hash, iter, reversed.
class Everything:
    def __len__(self):
        return 7
    def __abs__(self):
        return "abs!"
    def __round__(self, n=None):
        return f"round n={n}"
    def __divmod__(self, other):
        return ("div", other)
    def __rdivmod__(self, other):
        return ("rdiv", other)
    def __pow__(self, exponent, modulus=None):
        return f"pow({exponent}, {modulus})"
    def __rpow__(self, base):
        return f"rpow({base})"
e = Everything()
print(len(e), abs(e), round(e), round(e, 2), divmod(e, 3), divmod(3, e), pow(e, 2), pow(e, 2, 5), 2 ** e, e ** 3)
class BadLen:
    def __len__(self):
        return "seven"
try:
    len(BadLen())
except TypeError as error:
    print("TypeError:", error)
class HugeLen:
    def __len__(self):
        return 2**70
try:
    len(HugeLen())
except OverflowError as error:
    print("OverflowError:", error)
class IndexLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()
print(len(IndexLen()))
