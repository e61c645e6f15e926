# seeds/002_2fc762ed25bdb8ee.txt, Part 7 (inspection): after @timer, add is wrapper and the original add sits in its closure cell.
import time
def timer(func):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"{func.__name__} took {elapsed:.4f}s")
        return result
    return wrapper
@timer
def add(a, b):
    return a + b
print(add.__closure__) # (<cell at 0x...>,)
print(add.__closure__[0].cell_contents) # <function add at 0x...>
print(add.__code__.co_freevars) # ('func',)
