# late binding in a loop of lambdas, fixed three ways: default argument, functools.partial, a factory
from functools import partial
import operator

late = [lambda x: x * i for i in range(1, 4)]
default = [lambda x, i=i: x * i for i in range(1, 4)]
partials = [partial(operator.mul, i) for i in range(1, 4)]
def times(i):
    return lambda x: x * i
factory = [times(i) for i in range(1, 4)]
print([f(10) for f in late], [f(10) for f in default], [f(10) for f in partials], [f(10) for f in factory])
print(late[0].__closure__[0] is late[2].__closure__[0], factory[0].__closure__[0] is factory[2].__closure__[0])
print(partials[1], partials[1].args, partials[1].func is operator.mul)
