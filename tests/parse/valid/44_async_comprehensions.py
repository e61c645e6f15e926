async def gather(source, rows):
    a = [x async for x in source]
    b = {k: await v async for k, v in source if k}
    c = {x for row in rows async for x in row}
    d = (await x for x in rows)
    e = [y async for x in source for y in x if await y]
    yield a, b, c, d, e
