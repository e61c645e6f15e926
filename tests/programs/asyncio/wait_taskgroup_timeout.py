# asyncio.wait (FIRST_COMPLETED, timeout), as_completed, TaskGroup and the 3.11 timeout() context manager.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("a", 0.03), ("b", 0.01), ("c", 0.05)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.025)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), len(pending))
    order = []
    for fut in asyncio.as_completed([job("x", 0.04), job("y", 0.0), job("z", 0.02)]):
        order.append(await fut)
    print(order)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("p", 0.01))
        t2 = tg.create_task(job("q", 0))
        print(repr(tg))
    print(t1.result(), t2.result(), repr(tg))
    try:
        async with asyncio.timeout(0.02) as cm:
            print(repr(cm).split(" when")[0])
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out", cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print(repr(cm), cm.when())
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    c = job("n", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    c.close()

asyncio.run(main())
