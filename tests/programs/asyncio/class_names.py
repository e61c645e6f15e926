# The classes of asyncio's objects, as CPython names them (Task and Future are C types in _asyncio); subclassing a Queue.
import asyncio
async def main():
    t = asyncio.current_task()
    print(type(t), type(asyncio.Lock()), type(asyncio.Queue()), asyncio.Future, asyncio.CancelledError)
    print(asyncio.Task.__name__, asyncio.Task.__module__)
    class MyQ(asyncio.Queue):
        pass
    q = MyQ()
    q.put_nowait(1)
    print(q, type(q).__mro__[1])
    try:
        asyncio.Lock().foo = 1
        print("set ok")
    except AttributeError as e:
        print(e)
asyncio.run(main())
