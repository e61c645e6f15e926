async def ok(source):
    yield 1
    return

def fine(source):
    return (x async for x in source)

print(ok.__code__.co_flags, fine(None).__class__.__name__)
