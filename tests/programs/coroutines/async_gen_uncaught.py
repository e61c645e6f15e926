# An error inside an async generator, uncaught: the traceback runs through the async for.
async def agen():
    yield 1
    raise ValueError("inside agen")
async def main():
    async for x in agen():
        print(x)
c = main()
c.send(None)
