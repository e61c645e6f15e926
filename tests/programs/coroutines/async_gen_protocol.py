# The async generator protocol by hand: asend/athrow/aclose awaitables, their states and CPython's errors.
import types, inspect
async def agen():
    try:
        x = yield 1
        print("received", x)
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "after error"
    finally:
        print("finally")

def drive(aw, send=None):
    try:
        return ("yielded", aw.send(send))
    except StopIteration as e:
        return ("result", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)

g = agen()
print(repr(g)[:32], type(g), type(g) is types.AsyncGeneratorType)
print(inspect.isasyncgenfunction(agen), inspect.isasyncgen(g), inspect.isgenerator(g), inspect.iscoroutine(g))
print(agen.__code__.co_flags & 0x200, g.__name__, g.__qualname__)
a = g.__anext__()
print(repr(a)[:30])
print(drive(a))
try:
    a.send(None)
except RuntimeError as e:
    print(e)
print(drive(g.asend("hello")))
print(drive(g.athrow(ValueError("bad"))))
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print(drive(g.aclose()))
g = agen()
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.__anext__()))
try:
    iter(agen())
except TypeError as e:
    print(e)
try:
    next(agen())
except TypeError as e:
    print(e)
async def stops():
    yield 1
    raise StopAsyncIteration
s = stops()
drive(s.__anext__())
try:
    s.__anext__().send(None)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignores()
drive(i.__anext__())
try:
    i.aclose().send(None)
except RuntimeError as e:
    print(e)
try:
    agen().asend(5).send(None)
except TypeError as e:
    print(e)
try:
    await_me = agen()
    async def user():
        await await_me
    user().send(None)
except TypeError as e:
    print(e)
async def empty():
    return
    yield
print(drive(empty().__anext__()))
async def gn():
    yield 1
a = gn().__anext__()
try:
    print(next(a))
except StopIteration as e:
    print("stop", e.value)
for x in gn().asend(None):
    print("iter", x)
