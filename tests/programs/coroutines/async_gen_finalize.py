# An async generator left unfinished is closed by asyncio with aclose(): its finally runs on the loop, after the code that dropped it.
import asyncio
async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker closed")
async def main():
    async for t in ticker():
        if t == 2:
            break
    print("after loop")
    await asyncio.sleep(0)
    print("after sleep")
    t = ticker()
    print(await t.__anext__())
    print("end of main")
asyncio.run(main())
print("after run")
