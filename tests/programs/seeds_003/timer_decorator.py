# seeds/003_4cacf86aecec5050.txt, Decorators and Closures: timer_decorator's wrapper captures func and time (the elapsed-time print shows a boolean instead of seconds).
def timer_decorator(func):
    import time
    
    def wrapper(*args, **kwargs):
        start_time = time.time()
        result = func(*args, **kwargs)
        end_time = time.time()
        print(f"{func.__name__} took {end_time - start_time >= 0} seconds")
        return result
    
    return wrapper

@timer_decorator
def slow_function():
    import time
    time.sleep(1)
    return "Done!"

print(slow_function())
