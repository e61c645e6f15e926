# seeds/004_d0a714c7296f60be.txt, Part 8 Putting It Together: debounce (defined; a small use added) and make_pipeline over str methods and lambdas.
import time
import functools
from typing import Callable, TypeVar, Optional

F = TypeVar("F", bound=Callable)


def debounce(wait_seconds: float) -> Callable[[F], F]:
    """
    Decorator factory that delays function execution until wait_seconds
    have passed with no new calls. Classic UI debouncing in Python.

    Common in:
    - Search-as-you-type: wait until user stops typing
    - Window resize handlers: wait until resize stops
    - Auto-save: wait until editing pauses
    """
    def decorator(func: F) -> F:
        # Mutable closure state: last call time and cached result
        last_call_time: list[Optional[float]] = [None] # list avoids nonlocal
        pending_result: list[Optional[object]] = [None]

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            now = time.monotonic()
            last_call_time[0] = now

            # Simulate: in real async code this would schedule a callback
            # For sync demo: execute immediately if debounce window passed
            if last_call_time[0] is not None:
                elapsed = time.monotonic() - last_call_time[0]
                if elapsed >= wait_seconds:
                    pending_result[0] = func(*args, **kwargs)
                    return pending_result[0]

            pending_result[0] = func(*args, **kwargs)
            return pending_result[0]

        wrapper.last_called = lambda: last_call_time[0]
        return wrapper # type: ignore

    return decorator


def make_pipeline(*transforms: Callable) -> Callable:
    """
    Compose multiple transform functions into a single pipeline function.
    Each transform receives the output of the previous one.

    Uses a closure to capture the transforms tuple.
    """
    def pipeline(value):
        result = value
        for transform in transforms: # 'transforms' is a free variable
            result = transform(result)
        return result

    pipeline.__name__ = f"pipeline({', '.join(f.__name__ for f in transforms)})"
    return pipeline


# Example: text processing pipeline
clean = make_pipeline(
    str.strip,
    str.lower,
    lambda s: s.replace("-", "_"),
    lambda s: s.replace(" ", "_"),
)

print(clean(" Hello World ")) # hello_world
print(clean(" User-Name ")) # user_name
print(clean.__name__) # pipeline(strip, lower, <lambda>, <lambda>)


# Closure inspection
print(clean.__code__.co_freevars) # ('transforms',)
print(clean.__closure__[0].cell_contents)
# (<function strip>, <function lower>, <lambda>, <lambda>)

@debounce(0.0)
def double(x):
    return x * 2

print(double(21), double.__name__, double.last_called() is not None)
