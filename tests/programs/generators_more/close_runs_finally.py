# close() stops a paused generator; its finally block runs, and later next() is exhausted.
def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = resource()
print(next(g))
g.close()
print("closed")
print(next(g, "exhausted"))
g.close()
h = resource()
h.close()
print("never started, no cleanup")
print(list(resource()))
