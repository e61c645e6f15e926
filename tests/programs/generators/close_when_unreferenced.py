# A generator suspended inside a try is closed when its last reference
# goes, as CPython does: GeneratorExit is raised at the yield, so `finally`
# and `except GeneratorExit` run before the program goes on. A generator
# never started, finished, or suspended outside any try needs nothing.
def resource(name):
    print("open", name)
    try:
        yield 1
        yield 2
    finally:
        print("close", name)


g = resource("a")
print(next(g))
del g
print("after del")

g = resource("b")
next(g)
g = resource("c")
print("rebound; c not started")
del g


def counting():
    try:
        while True:
            yield
    except GeneratorExit:
        print("asked to stop")


def use():
    c = counting()
    next(c)
    return "returned"


print(use())
for i in range(2):
    h = resource(i)
    next(h)
print("loop done")
del h


def plain():
    yield 1
    yield 2


p = plain()
next(p)
del p
print("plain: nothing to run")


print("end")
# still suspended when the script ends: closed as the main module is
# cleared, names with one leading underscore first
_kept = resource("underscore")
next(_kept)
kept = resource("plain")
next(kept)
print("last line")
