# dis of an async generator and of async comprehensions: ASYNC_GEN_WRAP, GET_AITER/GET_ANEXT, END_ASYNC_FOR, the awaited call.
import dis
async def agen(n):
    for i in range(n):
        x = yield i
        await g(x)
async def comp(a):
    r = [x async for x in a]
    s = {x: await y for x, y in b}
    return (x async for x in a if x)
async def af():
    return [await z for z in q]
dis.dis(agen); dis.dis(comp); dis.dis(af)
