# a contextmanager whose generator closes over a log list: each call makes a fresh generator and frame
from contextlib import contextmanager

def make_logger():
    log = []
    @contextmanager
    def step(name):
        log.append("start " + name)
        yield len(log)
        log.append("end " + name)
    return step, log

step, log = make_logger()
a = step("a")
b = step("b")
print(a.__enter__(), b.__enter__())
b.__exit__(None, None, None)
a.__exit__(None, None, None)
print(log)
print(step.__wrapped__.__code__.co_freevars, step.__code__.co_freevars)
