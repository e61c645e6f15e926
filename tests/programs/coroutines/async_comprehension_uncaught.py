# An error inside an async list comprehension, uncaught: the traceback shows its <listcomp> frame.
async def agen():
    yield 1
async def main():
    return [1 / (x - 1) async for x in agen()]
main().send(None)
