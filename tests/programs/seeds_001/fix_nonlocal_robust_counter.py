# seeds/001_a263f8b862c3707a.txt, "The Fix: nonlocal": make_robust_counter's tick rebinds count in the cell (STORE_DEREF).
from typing import Callable


def make_robust_counter() -> Callable[[], int]:
    count = 0
    
    def tick() -> int:
        nonlocal count  # Explicitly access the cell
        count += 1      # Now rebinds the integer inside the cell
        return count
    
    return tick

tick = make_robust_counter()
print(tick())
print(tick())
print(tick.__code__.co_freevars, tick.__closure__[0].cell_contents)
print(make_robust_counter.__code__.co_cellvars)
