# functools.wraps copies identity attributes and sets __wrapped__
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs) * 2
    return wrapper
@deco
def triple(x):
    """Triples x."""
    return 3 * x
triple.extra = 'kept'
print(triple(2), triple.__name__, triple.__qualname__, triple.__doc__, triple.__wrapped__.__name__)
print(triple.__wrapped__(2), triple.__module__)
def plain():
    pass
plain.tag = 1
def other():
    "other doc"
w = functools.update_wrapper(other, plain)
print(w is other, other.__name__, other.__doc__, other.tag, other.__wrapped__ is plain)
