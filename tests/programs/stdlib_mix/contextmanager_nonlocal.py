# a contextmanager that tracks nesting depth through nonlocal, driven by explicit __enter__/__exit__
from contextlib import contextmanager

def make_indenter():
    depth = 0
    @contextmanager
    def indent():
        nonlocal depth
        depth += 1
        try:
            yield "  " * depth
        finally:
            depth -= 1
    def current():
        return depth
    return indent, current

indent, current = make_indenter()
outer = indent()
pad1 = outer.__enter__()
inner = indent()
pad2 = inner.__enter__()
print(repr(pad1), repr(pad2), current())
inner.__exit__(None, None, None)
print(current())
outer.__exit__(None, None, None)
print(current(), indent.__wrapped__.__code__.co_freevars)
