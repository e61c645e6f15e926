# seeds/001_a263f8b862c3707a.txt, "The Implementation": log_metric appends to the captured history list and prints the running average ({avg:.2f}).
from typing import Callable


def server_latency_tracker(server_id: str) -> Callable[[float], float]:
    """
    Returns a function that tracks latency for a specific server
    and returns the average latency.
    """
    # 'history' is a local variable here
    history: list[float] = []

    def log_metric(latency_ms: float) -> float:
        # 'history' is referenced here, making it a FREE VARIABLE
        history.append(latency_ms)

        avg = sum(history) / len(history)
        print(f"[{server_id}] Current Avg: {avg:.2f}ms")
        return avg

    return log_metric

# Create a tracker for 'Auth-Server-01'
tracker = server_latency_tracker("Auth-Server-01")

# The server_latency_tracker function has returned.
# Its stack frame is effectively gone.

tracker(120.5)
tracker(110.0)
tracker(140.2)
