import dis
async def f(m, xs):
    async with m as v:
        print(v)
    async for x in xs:
        print(x)
    else:
        pass
async def g(x):
    y = await x
    async with x, x as q:
        return q
dis.dis(f)
dis.dis(g)
print(f.__code__.co_flags, g.__code__.co_flags)
