# seeds/000_27bc754d294148a3.txt, 39.36 Closures and Coroutines: an async def closing over delay.
import asyncio
from asyncio import sleep

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
print(asyncio.run(co))

async def main():
    fast, slow = outer(0.01), outer(0.03)
    return await asyncio.gather(slow("slow"), fast("fast"))

print(asyncio.run(main()))
