# seeds/000_27bc754d294148a3.txt, 39.36 Closures and Coroutines: out of the subset (async/await); cellar rejects `async def` with a SyntaxError.
def outer(delay):
    async def wait_then_return(value):
        await sleep(delay)
        return value

    return wait_then_return

print(outer(1))
