# Coroutines close over variables like functions: a shared nonlocal counter, late binding in tasks.
import asyncio

def make_counter():
    count = 0
    async def bump(times):
        nonlocal count
        for _ in range(times):
            value = count
            await asyncio.sleep(0)
            count = value + 1
        return count
    def read():
        return count
    return bump, read

async def main():
    bump, read = make_counter()
    await asyncio.gather(bump(3), bump(3))
    print("lost updates:", read())
    print(bump.__code__.co_freevars, bump.__closure__[0].cell_contents)
    jobs = []
    for i in range(3):
        async def job():
            await asyncio.sleep(0)
            return i
        jobs.append(job)
    print(await asyncio.gather(*(j() for j in jobs)))
    fixed = []
    for i in range(3):
        async def job(i=i):
            return i
        fixed.append(job)
    print(await asyncio.gather(*(j() for j in fixed)))

def delayed(delay):
    async def wait_then_return(value):
        await asyncio.sleep(delay)
        return value, delay
    return wait_then_return

print(asyncio.run(main()))
w = delayed(0.01)
print(w.__code__.co_freevars, asyncio.run(w("v")))
