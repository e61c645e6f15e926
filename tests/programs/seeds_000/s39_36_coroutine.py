# seeds/000_27bc754d294148a3.txt, 39.36 Closures and Coroutines: an async def closing over delay.
def outer(delay):
    async def wait_then_return(value):
        await sleep(delay)
        return value

    return wait_then_return

print(outer(1))

wait = outer(0.01)
print(wait.__code__.co_freevars, wait.__closure__[0].cell_contents)
co = wait("done")
print(type(co).__name__, co.__qualname__)
try:
    co.send(None)
except NameError as e:
    print("NameError:", e)
