# A generator's return value travels in StopIteration.value.
def job():
    yield "step"
    return 42

g = job()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)
try:
    next(iter([]))
except StopIteration as e:
    print(repr(e), e.value)
