# C.__dict__ is a read-only, live view of the class's namespace (a
# mappingproxy): the class body's names, the __dict__ / __weakref__
# descriptors a class gets from object, and __doc__.
class Counter:
    start = 0

    def __init__(self):
        self.n = Counter.start

    def step(self):
        self.n += 1
        return self.n


class Loud(Counter):
    "Counts out loud."

    def step(self):
        print("step")
        return super().step()


class Failure(Exception):
    pass


print(Counter.__dict__)
print(list(Loud.__dict__), list(Failure.__dict__))
view = Counter.__dict__
print(type(view).__name__, len(view), "step" in view, "n" in view, view["start"])
print(view.get("missing", "-"), sorted(k for k in view if not k.startswith("__")))
Counter.limit = 10
print("limit" in view, view == vars(Counter), view == dict(view), type(view.copy()).__name__)
print(Loud.__dict__["__doc__"], Counter.__dict__["__doc__"], Counter.__dict__["__dict__"])
c = Loud()
c.step()
print(c.__dict__, vars(c) is c.__dict__)
try:
    view["start"] = 1
except TypeError as e:
    print(e)
try:
    view["nope"]
except KeyError as e:
    print(repr(e))
print(dict([("a", 1), ("b", 2)]), dict({"k": 0}, extra=1))
try:
    dict([("a", 1), ("b",)])
except ValueError as e:
    print(e)
