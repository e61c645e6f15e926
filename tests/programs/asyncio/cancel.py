# Cancelling tasks: CancelledError inside the coroutine, finally blocks, messages.
import asyncio

async def sleeper(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled inside")
        raise
    finally:
        log.append("finally")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "ignored the cancel"

async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", repr(e))
    print(log, t.cancelled(), t.done(), t.cancel())
    print(t)
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    m = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    m.cancel("stop now")
    try:
        await m
    except asyncio.CancelledError as e:
        print("message:", e.args)
    early = asyncio.create_task(sleeper(log))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before it started", log)
    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))
    print(asyncio.CancelledError, asyncio.exceptions.CancelledError is asyncio.CancelledError)

asyncio.run(main())
