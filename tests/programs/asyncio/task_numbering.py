# Task names count every task asyncio makes (shutdown_asyncgens closes generators first iterated on the loop); a failed task's repr.
import asyncio
async def agen():
    yield 1
g = agen()
print(repr(g).split(" at ")[0], g.ag_running if hasattr(g, "ag_running") else "no ag_running")
print(asyncio.iscoroutine(g), asyncio.iscoroutinefunction(agen))
async def main():
    return await asyncio.wait_for(g.__anext__(), 1)
print(asyncio.run(main()))
async def boom():
    await asyncio.sleep(0)
    raise KeyError("k")
async def main2():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print(t.done(), repr(t.exception()))
    print(t)
asyncio.run(main2())
async def fine():
    return 1
async def main3():
    ts = [asyncio.create_task(fine(), name=f"job{i}") for i in range(2)]
    done = await asyncio.gather(*ts)
    print(done, [t.get_name() for t in ts], ts[0])
asyncio.run(main3())
