# functools.wraps copies __module__, __name__, __qualname__, __doc__ and
# __annotations__, merges __dict__, and sets __wrapped__.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


@logged
def scale(x: float, factor: int = 2) -> float:
    "Multiplies."
    return x * factor


print(scale(1.5), scale.calls, scale.__name__, scale.__doc__)
print(scale.__annotations__, scale.__wrapped__.__annotations__ is scale.__annotations__)
plain = lambda: 0
plain.__annotations__ = {"return": int}
print(plain.__annotations__, logged(plain).__annotations__)
