# yield from a sub-iterator that is not a generator: its StopIteration's
# value is the result, send() goes to its send method (or fails).
def gen7(x):
    if x < 3:
        return x
    raise StopIteration(444)

def gen8():
    print((yield from map(gen7, range(100))))

print(list(gen8()))

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(5)
        return self.n

def g():
    r = yield from It()
    print("got", r)

print(list(g()))

class Echo:
    def __iter__(self):
        return self
    def __next__(self):
        return "first"
    def send(self, v):
        if v == "stop":
            raise StopIteration("done " + v)
        return "echo " + v

def h():
    r = yield from Echo()
    print("h got", r)
    yield "after"

it = h()
print(next(it), it.send("a"), it.send("b"))
print(it.send("stop"))

def k():
    yield from iter([1, 2, 3])

it = k()
print(next(it))
try:
    it.send(5)
except AttributeError as e:
    print("AttributeError", e)

def plain():
    r = yield from [10, 20]
    print("plain", r)
print(list(plain()))
