# Async comprehensions: async for and await in list/set/dict comprehensions and generator expressions, with their scopes.
import asyncio

async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def main():
    scale = 10
    print([x * scale async for x in arange(4)])
    print({x % 2 async for x in arange(5)})
    print({x: await double(x) async for x in arange(3)})
    print([await double(x) for x in range(3)])
    print([x async for x in arange(6) if x % 2 if await double(x) > 2])
    print([(x, y) async for x in arange(3) for y in range(x)])
    print([y for x in [arange(2), arange(3)] async for y in x])
    print([[y async for y in arange(x)] for x in range(3)])
    gen = (x + scale async for x in arange(3))
    print(type(gen).__name__, [v async for v in gen])
    print([x for x in await double(2) * [1]])
    lazy = [lambda: x async for x in arange(3)]
    print([f() for f in lazy])
    def sync_maker():
        return (await double(x) for x in range(2))
    print([v async for v in sync_maker()])

asyncio.run(main())
