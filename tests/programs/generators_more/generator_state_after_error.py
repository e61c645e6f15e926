# After an exception escapes a generator it is finished; next() then stops.
def risky():
    yield 1
    raise ValueError("boom")
    yield 2

g = risky()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "finished"))
print(list(risky.__code__.co_varnames), risky.__code__.co_argcount)
