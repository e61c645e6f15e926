# Cancelling a task throws CancelledError through every await down to the innermost one; gen.throw/close go through yield from.
import asyncio
async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print("inner cleanup")
async def outer():
    try:
        await inner()
    except asyncio.CancelledError:
        print("outer sees CancelledError")
        raise
    finally:
        print("outer cleanup")
async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: cancelled", t.cancelled())
    def gen():
        try:
            yield 1
            yield 2
        finally:
            print("gen finally")
    def deleg():
        try:
            r = yield from gen()
        except ValueError as e:
            print("deleg caught", e)
            yield "d"
    d = deleg()
    print(next(d))
    print(d.throw(ValueError("boom")))
    d2 = deleg(); next(d2); d2.close(); print("closed")
asyncio.run(main())
