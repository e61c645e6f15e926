# time clocks move forward; sleep validates; typing names subscript
import time
from typing import Callable, List, Dict, Optional, Any, Iterator, Tuple, TypeVar
t0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.005, time.monotonic() >= m0, time.time() > 1.6e9)
for bad in [-1, 'a']:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
T = TypeVar('T')
def apply(f: Callable[[int], int], xs: List[int]) -> Optional[Dict[str, Any]]:
    return {str(x): f(x) for x in xs}
print(apply(lambda v: v * 2, [1, 2]), T)
