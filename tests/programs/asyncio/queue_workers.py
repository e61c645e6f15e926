# Workers draining a Queue with task_done/join and sentinels; an Event set by another task, awaited with wait_for.
import asyncio
async def worker(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print(name, "handles", item)
        await asyncio.sleep(0)
        q.task_done()
async def main():
    q = asyncio.Queue()
    ws = [asyncio.create_task(worker(q, f"w{i}")) for i in range(2)]
    for i in range(5):
        await q.put(i)
    for _ in ws:
        await q.put(None)
    await q.join()
    await asyncio.gather(*ws)
    print("all done", q.qsize())
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.01)
        ev.set()
    asyncio.create_task(setter())
    print(await asyncio.wait_for(ev.wait(), 1))
asyncio.run(main())
