# gi_/cr_/ag_ attributes: code, running, and what a suspended one awaits or yields from.
import asyncio
async def f():
    return 1
c = f()
print(c.cr_code.co_name, c.cr_running, c.cr_await)
c.close()
def g():
    yield from h()
def h():
    yield 1
x = g()
print(x.gi_code.co_name, x.gi_running, x.gi_yieldfrom)
next(x)
print(type(x.gi_yieldfrom).__name__)
async def ag():
    yield 1
a = ag()
print(a.ag_code.co_name, a.ag_running, a.ag_await)
async def main():
    t = f()
    async def waiter():
        await asyncio.sleep(0)
    w = waiter()
    w.send(None)
    print(type(w.cr_await).__name__)
    w.close()
    t.close()
asyncio.run(main())
