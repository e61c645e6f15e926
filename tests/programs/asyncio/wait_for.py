# wait_for: the result in time, or TimeoutError (asyncio.TimeoutError is the builtin) and the task cancelled.
import asyncio

async def slow(log):
    try:
        await asyncio.sleep(5)
        return "finished"
    finally:
        log.append("slow cleaned up")

async def quick():
    await asyncio.sleep(0)
    return "quick"

async def main():
    print(await asyncio.wait_for(quick(), timeout=1))
    print(await asyncio.wait_for(quick(), None))
    log = []
    try:
        await asyncio.wait_for(slow(log), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timed out:", repr(e), type(e.__cause__).__name__, log)
    try:
        await asyncio.wait_for(slow(log), 0)
    except TimeoutError:
        print("zero timeout", log)
    print(asyncio.TimeoutError is TimeoutError, asyncio.exceptions.TimeoutError)
    print(TimeoutError.__mro__)

asyncio.run(main())
