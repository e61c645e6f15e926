async def add(a, b):
    return a + b

async def outer(delay):
    async def inner(v):
        return v * delay
    total = await add(1, 2)
    return await inner(total)

c = outer(10)
print(type(c).__name__, c.__class__.__name__)
print(outer.__code__.co_flags, outer.__code__.co_cellvars)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

class Awaitable:
    def __await__(self):
        got = yield "tick"
        return got * 2

async def uses():
    x = await Awaitable()
    return x + 1

u = uses()
print(u.send(None))
try:
    u.send(20)
except StopIteration as e:
    print("done", e.value)

async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(e)

class Mgr:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async with Mgr() as r:
        print("body", r)
    async for k in Counter(3):
        print("k", k)
    else:
        print("else")
    out = []
    async for k in Counter(5):
        if k == 2:
            continue
        if k == 4:
            break
        out.append(k)
    return out

m = main()
try:
    m.send(None)
except StopIteration as e:
    print(e.value)
try:
    for x in outer(1):
        pass
except TypeError as e:
    print(e)
try:
    next(outer(1))
except TypeError as e:
    print(e)
