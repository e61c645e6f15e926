# inspect: isfunction / isgeneratorfunction / iscoroutinefunction, getclosurevars (ClosureVars as CPython resolves names), signature's str
import inspect

LIMIT = 10

def make_counter(start):
    count = start

    def inc(step):
        nonlocal count
        count += step
        return min(count, LIMIT)
    return inc

def numbers():
    yield 1

counter = make_counter(3)
print(inspect.isfunction(counter), inspect.isfunction(len), inspect.isfunction(lambda: 0), inspect.isfunction(3))
print(inspect.isgeneratorfunction(numbers), inspect.isgeneratorfunction(counter), inspect.iscoroutinefunction(counter))
print(inspect.isclass(int), inspect.ismethod(counter), inspect.isgenerator(numbers()), inspect.isbuiltin(len))
cv = inspect.getclosurevars(counter)
print(cv)
print(cv.nonlocals, cv.globals, cv.builtins, cv.unbound)
nonlocals, globals_, builtins_, unbound = cv
print(nonlocals['count'], len(cv), cv[0] is cv.nonlocals)
counter(2)
print(inspect.getclosurevars(counter).nonlocals)

def uses_missing():
    return not_defined_anywhere

print(inspect.getclosurevars(uses_missing))
print(inspect.getclosurevars(lambda: None))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print('TypeError:', e)

def f(a, b: int = 2, /, c=None, *args, d, e: str = 'x', **kw) -> list:
    pass

def g(x, *, y=1):
    pass

class Account:
    def deposit(self, amount, note=''):
        pass

sig = inspect.signature(f)
print(sig)
print(repr(sig), sig.return_annotation)
print(list(sig.parameters), sig.parameters['b'], repr(sig.parameters['e']), sig.parameters['kw'].name)
print(inspect.signature(g), inspect.signature(lambda: 0), inspect.signature(lambda *a, **k: 0))
print(inspect.signature(Account().deposit), inspect.signature(Account.deposit))
print(inspect.signature(make_counter), inspect.signature(counter))
