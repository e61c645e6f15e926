import functools

def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper

@deco
def a():
    pass

@deco
@functools.lru_cache(maxsize=None)
def b(n):
    return n

@(lambda f: f)
def c():
    pass

@x[0].y(1)
def d(): pass
