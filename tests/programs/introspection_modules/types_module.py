# types: the classes of cells, functions, code, generators and methods by their CPython names; CellType and MethodType construct; SimpleNamespace
import types

def outer():
    x = 1

    def inner():
        return x
    return inner

def gen():
    yield 1

f = outer()
print(types.CellType, types.FunctionType, types.CodeType, types.GeneratorType, types.MethodType, types.LambdaType)
print(types.CoroutineType.__name__, types.BuiltinFunctionType, types.ModuleType, types.NoneType)
print(isinstance(f.__closure__[0], types.CellType), isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(f.__code__, types.CodeType), isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(type(f.__closure__[0]) is types.CellType, types.FunctionType is types.LambdaType, isinstance(types, types.ModuleType))
c = types.CellType(5)
print(c.cell_contents)
c.cell_contents = 'changed'
print(c.cell_contents)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print('ValueError:', e)

class Greeter:
    def __init__(self, name):
        self.name = name

def hello(self, greeting='hello'):
    return f'{greeting}, {self.name}'

g = Greeter('Ada')
m = types.MethodType(hello, g)
print(m(), m('hi'), m.__self__ is g, m.__func__ is hello, type(m).__name__)
for bad in [(1, 2), (hello, None)]:
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print('TypeError:', e)

ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1, 2]
print(ns, ns.a, ns.c, vars(ns))
print(ns == types.SimpleNamespace(a=1, b='x', c=[1, 2]), ns == types.SimpleNamespace(a=1), types.SimpleNamespace())
del ns.a
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError:', e)
