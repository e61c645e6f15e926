# gather: results in argument order, return_exceptions, the first error propagates.
import asyncio

async def square(x, delay):
    await asyncio.sleep(delay)
    return x * x

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    print(await asyncio.gather(square(3, 0.02), square(4, 0), square(5, 0.01)))
    print(await asyncio.gather())
    print(await asyncio.gather(square(2, 0), fail("bad"), return_exceptions=True))
    try:
        await asyncio.gather(square(2, 0), fail("first"))
    except ValueError as e:
        print("ValueError:", e)
    coro = square(6, 0)
    print(await asyncio.gather(coro, coro))
    t = asyncio.create_task(square(7, 0))
    print(await asyncio.gather(t, square(8, 0)))
    g = asyncio.gather(square(1, 1), square(2, 1))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())

asyncio.run(main())
