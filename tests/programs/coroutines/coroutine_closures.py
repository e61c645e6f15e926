# A coroutine closes over variables like any function: its free
# variables are cells, and a suspended coroutine keeps its frame's cells.
class Tick:
    def __await__(self):
        yield "tick"

def outer(delay):
    async def wait_then_return(value):
        await Tick()
        return value * delay
    return wait_then_return

w = outer(3)
print(w.__code__.co_freevars, w.__closure__[0].cell_contents)
c = w(5)
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

def make():
    count = 0
    async def bump():
        nonlocal count
        count += 1
        await Tick()
        count += 1
        return count
    return bump
b = make()
co = b()
co.send(None)
print(b.__closure__[0].cell_contents)
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
co2 = b()
co2.close()
print(repr(co2).startswith("<coroutine object make.<locals>.bump at 0x"))
