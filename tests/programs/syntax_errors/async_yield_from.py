async def relay(source):
    result = yield from source
