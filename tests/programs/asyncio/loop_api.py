# The loop students reach for: get_event_loop().run_until_complete, get_running_loop, futures, call_soon.
import asyncio

async def compute():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut, fut.done())
    loop.call_soon(fut.set_result, 42)
    print(await fut, fut)
    later = loop.create_future()
    loop.call_later(0.01, later.set_result, "later")
    print(await later)
    print(loop.is_running(), loop.is_closed())
    return "computed"

loop = asyncio.get_event_loop()
print(loop.run_until_complete(compute()))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

async def plain():
    return 1
def regular():
    return 1
c = plain()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(regular), asyncio.iscoroutinefunction(plain),
      asyncio.iscoroutinefunction(regular))
print(asyncio.run(c))
try:
    asyncio.run(regular())
except ValueError as e:
    print("ValueError:", e)

async def nested():
    inner = plain()
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print("RuntimeError:", e)
    return await inner
print(asyncio.run(nested()))
f = asyncio.Future(loop=asyncio.new_event_loop())
f.set_result(3)
try:
    f.set_result(4)
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
print(f.result(), f)
