# a defaultdict of callbacks, and factories that are closures
from collections import defaultdict

handlers = defaultdict(list)

def on(event):
    def register(func):
        handlers[event].append(func)
        return func
    return register

@on("save")
def log_save(name):
    return "saved " + name

@on("save")
def backup(name):
    return "backup " + name

def fire(event, arg):
    return [h(arg) for h in handlers[event]]

print(fire("save", "doc"), fire("load", "doc"), sorted(handlers))

def counter_factory(start):
    n = start
    def next_id():
        nonlocal n
        n += 1
        return n
    return next_id

ids = defaultdict(counter_factory(100))
print(ids["a"], ids["b"], ids["a"], dict(ids), ids.default_factory.__closure__[0].cell_contents)
