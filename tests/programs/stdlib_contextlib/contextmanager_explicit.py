# @contextmanager without a with statement: __enter__ returns what the generator yields, __exit__ resumes it
from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

cm = tag("b")
print(type(cm).__name__, tag.__name__, tag.__wrapped__.__name__, tag.__closure__[0].cell_contents.__name__)
value = cm.__enter__()
print("inside", value)
print(cm.__exit__(None, None, None))
cm = tag("i")
cm.__enter__()
err = ValueError("oops")
print(cm.__exit__(ValueError, err, None))

@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", repr(e))

cm = swallow(KeyError)
cm.__enter__()
print(cm.__exit__(KeyError, KeyError("k"), None))

@tag("section")
def work(n):
    print("working", n)
    return n * 2

print(work(21))
