# Event, Lock (async with) and Semaphore order waiting coroutines.
import asyncio

async def waiter(name, event, log):
    log.append(f"{name} waits")
    await event.wait()
    log.append(f"{name} woke")

async def locked_add(lock, box, name, log):
    async with lock:
        log.append(f"{name} in")
        value = box[0]
        await asyncio.sleep(0)
        box[0] = value + 1
        log.append(f"{name} out")

async def limited(sem, name, log):
    async with sem:
        log.append(f"+{name}")
        await asyncio.sleep(0)
        log.append(f"-{name}")

async def main():
    log = []
    event = asyncio.Event()
    print(event.is_set())
    tasks = [asyncio.create_task(waiter(n, event, log)) for n in "ab"]
    await asyncio.sleep(0)
    event.set()
    await asyncio.gather(*tasks)
    print(log, event.is_set())
    print(await event.wait())
    event.clear()
    print(event.is_set())
    lock = asyncio.Lock()
    box = [0]
    log = []
    await asyncio.gather(*(locked_add(lock, box, n, log) for n in "xyz"))
    print(box, log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(limited(sem, n, log) for n in "pqr"))
    print(log)
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
