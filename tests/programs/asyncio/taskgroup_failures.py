# A TaskGroup whose tasks fail raises an ExceptionGroup of their errors;
# except* takes it apart.
import asyncio

async def worker(n, delay):
    await asyncio.sleep(delay)
    if n % 2:
        raise ValueError(f"worker {n} failed")
    if n == 4:
        raise KeyError(n)
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(1, 0.01))
            tg.create_task(worker(3, 0.01))
            tg.create_task(worker(4, 0.01))
            tg.create_task(worker(6, 0.05))
    except* ValueError as e:
        print("value errors:", sorted(str(x) for x in e.exceptions))
    except* KeyError as e:
        print("key errors:", [repr(x) for x in e.exceptions])
    print("done")

asyncio.run(main())

async def fails():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(5, 0))

try:
    asyncio.run(fails())
except ExceptionGroup as eg:
    print(type(eg).__name__, eg, eg.exceptions)
