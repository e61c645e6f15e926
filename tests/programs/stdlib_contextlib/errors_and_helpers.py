# contextmanager misuse: no yield, two yields; suppress, nullcontext, closing
from contextlib import contextmanager, suppress, nullcontext, closing

@contextmanager
def never():
    if False:
        yield

@contextmanager
def twice():
    yield 1
    yield 2

try:
    never().__enter__()
except RuntimeError as e:
    print("RuntimeError", e)
cm = twice()
print(cm.__enter__())
try:
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
s = suppress(KeyError, IndexError)
s.__enter__()
print(s.__exit__(KeyError, KeyError(), None), s.__exit__(ValueError, ValueError(), None), s.__exit__(None, None, None))
print(nullcontext(5).__enter__(), nullcontext().__enter__())

class Resource:
    def close(self):
        print("closed")

c = closing(Resource())
print(type(c.__enter__()).__name__)
c.__exit__(None, None, None)
