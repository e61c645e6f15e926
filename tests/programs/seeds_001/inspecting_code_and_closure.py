# seeds/001_a263f8b862c3707a.txt, "Inspecting __code__ and __closure__": co_varnames, co_freevars, the closure tuple and the history list in the cell.
from typing import Callable


def server_latency_tracker(server_id: str) -> Callable[[float], float]:
    history: list[float] = []

    def log_metric(latency_ms: float) -> float:
        history.append(latency_ms)

        avg = sum(history) / len(history)
        print(f"[{server_id}] Current Avg: {avg:.2f}ms")
        return avg

    return log_metric

tracker = server_latency_tracker("Auth-Server-01")
tracker(120.5)
tracker(110.0)
tracker(140.2)

# 1. Look at the variable names in the compiled code object
print(f"Local vars: {tracker.__code__.co_varnames}")
print(f"Free vars:  {tracker.__code__.co_freevars}")

# 2. Inspect the closure storage
print(f"Closure:    {tracker.__closure__}")

# 3. Peek inside the cell
cell = tracker.__closure__[0] # type: ignore
print(f"Cell Contents: {cell.cell_contents}")
