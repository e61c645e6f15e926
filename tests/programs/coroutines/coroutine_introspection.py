import types, inspect
async def f(): return 1
def g(): yield 1
co = f()
print(type(co) is types.CoroutineType, isinstance(co, types.CoroutineType), types.CoroutineType)
print(inspect.iscoroutinefunction(f), inspect.iscoroutinefunction(g), inspect.iscoroutine(co), inspect.isawaitable(co))
print(inspect.isgenerator(co), inspect.isgeneratorfunction(f))
print(type(g()) is types.GeneratorType)
try: co.send(None)
except StopIteration as e: print("stop", e.value)
print(types.CoroutineType.__name__, type(co).__name__)

def make(delay):
    async def wait(v):
        return v, delay
    return wait

w = make(5)
print(inspect.getclosurevars(w))
print(inspect.signature(w), w.__code__.co_flags & 0x80, w.__code__.co_freevars)
