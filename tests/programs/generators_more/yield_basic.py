# A generator function runs lazily: each next() resumes until the next yield.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")

g = countdown(3)
print(type(g).__name__, countdown.__code__.co_name)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
print(list(countdown(2)), sum(countdown(4)))
