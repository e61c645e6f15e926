# Async generators close over variables like generators: cells shared with siblings, nonlocal state, late binding.
import asyncio

def make_stream(start):
    count = start
    async def stream(n):
        nonlocal count
        for _ in range(n):
            await asyncio.sleep(0)
            count += 1
            yield count
    def peek():
        return count
    return stream, peek

async def main():
    stream, peek = make_stream(100)
    print(stream.__code__.co_freevars, stream.__code__.co_flags & 0x200)
    print([v async for v in stream(3)], peek())
    s = stream(2)
    print(await s.__anext__(), peek(), stream.__closure__[0].cell_contents)
    await s.aclose()
    gens = []
    for tag in "ab":
        async def tagged():
            yield tag
        gens.append(tagged)
    print([[v async for v in g()] for g in gens])
    print([await g().__anext__() for g in gens])

asyncio.run(main())
