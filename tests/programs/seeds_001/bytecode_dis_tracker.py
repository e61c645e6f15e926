# seeds/001_a263f8b862c3707a.txt, "The Bytecode: LOAD_DEREF vs. LOAD_FAST": dis.dis(tracker) shows LOAD_DEREF for history and server_id.
import dis
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

dis.dis(tracker)
