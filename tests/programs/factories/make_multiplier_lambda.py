# A factory can return a lambda: the lambda closes over the parameter.
def make_multiplier(k):
    return lambda x: x * k

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(21), triple(7))
print([double(i) for i in range(5)])
print(list(map(triple, [1, 2, 3])))
