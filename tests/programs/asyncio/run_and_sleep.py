# asyncio.run drives a coroutine; sleep(0) lets other tasks run; sleep returns its result.
import asyncio

async def ticker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * n

async def main():
    log = []
    a = asyncio.create_task(ticker("a", 3, log))
    b = asyncio.create_task(ticker("b", 2, log))
    print(await a, await b)
    print(log)
    print(await asyncio.sleep(0.01, result="slept"))
    print(await asyncio.sleep(0))
    return "main done"

print(asyncio.run(main()))
print(asyncio.run(asyncio.sleep(0, "again")))

async def slow(delay, label, order):
    await asyncio.sleep(delay)
    order.append(label)

async def by_time():
    order = []
    await asyncio.gather(slow(0.06, "slow", order), slow(0.0, "now", order),
                         slow(0.03, "mid", order))
    return order

print(asyncio.run(by_time()))
