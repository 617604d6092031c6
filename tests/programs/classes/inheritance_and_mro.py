# Multiple inheritance: the C3 linearization, method resolution, and MRO conflicts.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as error:
    print("TypeError:", error)
try:
    class Dup(X, X):
        pass
except TypeError as error:
    print("TypeError:", error)
try:
    class FromInstance(X()):
        pass
except TypeError as error:
    print("TypeError:", error)
print(issubclass(D, A), issubclass(D, (int, C)), isinstance(D(), B), issubclass(bool, int), issubclass(A, A))
print(D.__bases__, D.__base__.__name__, A.__subclasses__() == [B, C])
class Base:
    def template(self):
        return f"{self.step1()}-{self.step2()}"
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Override(Base):
    def step2(self):
        return "override2"
print(Override().template())
class ListSub(list):
    def append(self, item):
        super().append(item * 2)
l = ListSub([1])
l.append(5)
l.extend([7])
print(l, type(l).__name__, len(l), l + [0], type(l + [0]).__name__)
