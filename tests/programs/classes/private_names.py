# Private names: inside a class body (and every function, lambda and
# comprehension nested in it) a name starting with two underscores and not
# ending with two is renamed `_Class__name`, in variables, parameters,
# attributes and nested definitions; __name__ and __qualname__ keep the
# written name.
class Account:
    __rate = 2
    def __init__(self, start):
        self.__balance = start
    def __bump(self, n):
        __tmp = n * Account.__rate
        return __tmp
    def deposit(self, n):
        self.__balance += self.__bump(n)
        return self.__balance
    def closure(self):
        __seen = []
        def remember(x):
            __seen.append(x)
            return len(__seen)
        return remember
    class __Inner:
        pass
    def names(self, __p=1, *, __k=2):
        return [n for n in dir(self) if 'bal' in n or 'Inner' in n or 'bump' in n]

a = Account(10)
print(a.deposit(5))
print(a._Account__balance)
print(sorted(k for k in dir(Account) if k.startswith('_Account')))
print(Account._Account__bump.__name__, Account._Account__bump.__qualname__)
print(Account._Account__bump.__code__.co_varnames)
print(a.names.__code__.co_varnames, a.names.__defaults__, a.names.__kwdefaults__)
r = a.closure()
print(r(1), r(2), r.__code__.co_freevars, a.closure.__code__.co_cellvars)
print(Account._Account__Inner.__name__, Account._Account__Inner.__qualname__)
print(a.names())
print([x.__name__ for x in [getattr(Account, '_Account__bump')]])
class __Dunder__:
    __x__ = 1
    def __f__(self): return self.__x__
print(__Dunder__().__f__())
class ___:
    __y = 3
print(getattr(___, '__y'))
class _Lead:
    __z = 4
print(_Lead._Lead__z)
try:
    a.__balance
except AttributeError as e:
    print(e)
def outside():
    class K:
        def m(self):
            return __undefined_name
    return K().m()
try:
    outside()
except NameError as e:
    print(e)
g = lambda: 0
class L:
    __q = 9
    f = lambda self: self.__q
    comp = [__q for _ in range(2)] if False else None
    def gen(self):
        return [self.__q + i for i in range(2)]
print(L().f(), L().gen())
