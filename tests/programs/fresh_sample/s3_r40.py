# generator closing and return value via StopIteration.value
def g():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
    return "r"
it = g()
print(next(it))
it.close()
it2 = g()
print(list(it2))
