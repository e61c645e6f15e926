# A generator expression has its own scope; only the first iterable is evaluated eagerly.
def scaled(items, k):
    return (x * k for x in items)

g = scaled([1, 2, 3], 10)
print(next(g), list(g))
data = [1, 2]
gen = (d * 2 for d in data)
data = [5, 6]
print(list(gen))
print(sum(x * x for x in range(5)), max(len(w) for w in ["a", "abc"]))
code = scaled.__code__.co_consts[1]
print(code.co_name, code.co_varnames, code.co_freevars)
print(scaled.__code__.co_cellvars)
