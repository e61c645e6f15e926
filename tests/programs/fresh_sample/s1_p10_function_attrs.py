# function attributes as state, and readonly ones
def tick():
    tick.calls += 1
    return tick.calls
tick.calls = 0
tick(); tick()
print(tick.calls, tick.__dict__)
for attr in ["__closure__", "__globals__"]:
    try:
        setattr(tick, attr, None)
    except AttributeError as e:
        print(attr, e)
tick.__name__ = "tock"
print(tick.__name__, tick.__qualname__)
