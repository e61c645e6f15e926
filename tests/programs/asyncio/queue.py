# asyncio.Queue: producer and consumers, task_done/join, nowait errors, repr.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())

async def consumer(name, q, seen):
    while True:
        item = await q.get()
        seen.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.empty(), q.full(), q.maxsize)
    seen = []
    workers = [asyncio.create_task(consumer(f"c{i}", q, seen)) for i in range(2)]
    await producer(q, 5)
    await q.join()
    print(seen)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    q.put_nowait("a")
    q.put_nowait("b")
    print(q, q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    lifo = asyncio.LifoQueue()
    for x in "xyz":
        lifo.put_nowait(x)
    print([lifo.get_nowait() for _ in range(3)])

asyncio.run(main())
