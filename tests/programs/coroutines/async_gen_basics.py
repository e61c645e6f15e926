# Async generators driven by async for, __anext__, asend and aclose, and async comprehensions, under asyncio.
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10
    print("agen done")

async def main():
    g = agen(3)
    print(type(g).__name__, g.__aiter__() is g)
    async for v in g:
        print("got", v)
    print([x async for x in agen(2)])
    print({x: x + 1 async for x in agen(2)})
    g2 = agen(5)
    a = g2.__anext__()
    print(type(a).__name__)
    print(await a)
    print(await g2.asend(None))
    await g2.aclose()
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("closed")
    ge = (x * 2 async for x in agen(3))
    print(type(ge).__name__, [y async for y in ge])
    async def waits(xs):
        return [await asyncio.sleep(0, x) for x in xs]
    print(await waits([1, 2]))

asyncio.run(main())
