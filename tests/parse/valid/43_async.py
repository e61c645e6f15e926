async def fetch(url, *, retries=2):
    async with session(url) as s, lock:
        data = await s.read()
    async for chunk in stream(data):
        total = await chunk + (await other())
    else:
        pass
    return await g(await h(x))


def plain():
    with open_it() as (a, b):
        pass
    for i in range(3):
        pass
