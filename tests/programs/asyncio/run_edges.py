# asyncio.run edges: CancelledError out of run, tasks left running are cancelled, a task awaiting itself, a bad yield.
import asyncio
async def main():
    raise asyncio.CancelledError()
try:
    asyncio.run(main())
except asyncio.CancelledError as e:
    print("cancelled out of run", repr(e))
async def sleeper():
    await asyncio.sleep(0.5)
async def main2():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    return "left a task running"
print(asyncio.run(main2()))
async def self_await():
    t = asyncio.current_task()
    try:
        await t
    except RuntimeError as e:
        print(e.args[0].split(":")[0])
asyncio.run(self_await())
async def bad_yield():
    class Y:
        def __await__(self):
            yield 42
    await Y()
try:
    asyncio.run(bad_yield())
except RuntimeError as e:
    print(e)
