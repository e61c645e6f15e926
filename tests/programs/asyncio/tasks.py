# Task objects: repr, done, result, cancel, cancelled, add_done_callback, names.
import asyncio

async def work(x):
    await asyncio.sleep(0)
    return x * 2

def report(task):
    print("callback:", task.get_name(), task.result())

async def main():
    t = asyncio.create_task(work(21))
    print(t)
    print(t.done(), t.cancelled())
    t.add_done_callback(report)
    print(await t)
    print(t)
    print(t.done(), t.result(), t.exception())
    await asyncio.sleep(0)
    named = asyncio.create_task(work(1), name="worker")
    print(named.get_name(), await named)
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future))
    try:
        asyncio.create_task(work(3)).result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(asyncio.current_task().get_name())
    print(type(asyncio.current_task()).__name__)
    await asyncio.sleep(0)

asyncio.run(main())
coro = work(1)
try:
    asyncio.create_task(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
