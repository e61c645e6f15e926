# a decorator factory registering handlers by event name in a defaultdict held by a closure
from collections import defaultdict

def make_bus():
    subscribers = defaultdict(list)
    def on(event):
        def decorate(fn):
            subscribers[event].append(fn)
            return fn
        return decorate
    def emit(event, *args):
        return [fn(*args) for fn in subscribers[event]]
    return on, emit, subscribers

on, emit, subs = make_bus()

@on("greet")
def hello(name):
    return f"hello {name}"

@on("greet")
@on("shout")
def loud(name):
    return name.upper()

print(emit("greet", "ann"), emit("shout", "bo"), emit("nothing"))
print(sorted(subs), {k: [f.__name__ for f in v] for k, v in subs.items()})
print(on.__code__.co_freevars, emit.__code__.co_freevars)
