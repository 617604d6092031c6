# Private names (__name) are mangled with the class name inside class bodies.
class Account:
    __secret = "mangled class attribute"
    def __init__(self):
        self.__balance = 100
    def reveal(self):
        return self.__balance, self.__secret, self.__class__.__name__
    def __private_method(self):
        return "private method"
    def call_private(self):
        return self.__private_method()
a = Account()
print(a.reveal(), a.call_private(), sorted(vars(a)), "_Account__secret" in Account.__dict__)
print(a._Account__balance, a._Account__private_method())
try:
    a.__balance
except AttributeError as error:
    print("AttributeError:", error)
class Child(Account):
    def __init__(self):
        super().__init__()
        self.__balance = "child's own"
    def both(self):
        return self.__balance, self._Account__balance
print(Child().both(), sorted(vars(Child())))
class _Underscore:
    def method(self):
        __local = 1
        return sorted(locals())
print(_Underscore().method())
class Dunder:
    __not_mangled__ = "dunder names are not mangled"
print(Dunder.__not_mangled__, getattr(Account(), "_Account__secret"))
