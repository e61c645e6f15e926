# a reduce pipeline of operator functions and closures composed right to left
from functools import reduce
import operator

def compose(*fns):
    return reduce(lambda f, g: lambda x: f(g(x)), fns)

inc = partial_add = lambda n: (lambda x: operator.add(x, n))
pipeline = compose(str, inc(1), operator.neg, abs)
print(pipeline(-5), pipeline(7))
print(reduce(operator.mul, range(1, 7)), reduce(operator.or_, [1, 2, 8]), reduce(operator.concat, ["a", "b"], ">"))
getters = [operator.itemgetter(i) for i in range(3)]
row = ("x", "y", "z")
print([g(row) for g in getters], operator.attrgetter("real", "imag")(3))
