# seeds/002_2fc762ed25bdb8ee.txt, Part 7 Closures Inside Decorators: timer's wrapper captures func (the elapsed-time print shows a boolean instead of seconds).
def timer(func):
    import time
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs) # func is a free variable
        elapsed = time.perf_counter() - start
        print(f"{func.__name__} took {elapsed >= 0}")
        return result
    return wrapper
@timer
def slow_sum(n):
    return sum(range(n))
print(slow_sum(10_000_000))
# slow_sum took 0.3142s
print(slow_sum.__code__.co_freevars)
