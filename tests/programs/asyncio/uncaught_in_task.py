# An error raised in a task and awaited reaches the caller with the coroutine frames in its traceback.
import asyncio

async def divide(a, b):
    await asyncio.sleep(0)
    return a / b

async def main():
    task = asyncio.create_task(divide(1, 0))
    try:
        await task
    except ZeroDivisionError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print("caught", e, lines[0], lines[-1])
    print(task.done(), repr(task.exception()))

asyncio.run(main())
