# seeds/004_d0a714c7296f60be.txt, Level 3 Design Challenge reference solution: a TTL cache as a dict of closures over _store/_hits/_misses (CPython prints the full hit_rate).
import time
from typing import Any, Optional


def make_cache() -> dict:
    """
    Creates a TTL-aware cache using closures.
    Returns a dict of callables - no class needed.
    """
    # Shared mutable state - all returned functions close over these
    _store: dict[str, tuple[Any, Optional[float]]] = {} # key → (value, expiry_time or None)
    _hits = [0]
    _misses = [0]

    def get(key: str) -> Optional[Any]:
        if key not in _store:
            _misses[0] += 1
            return None

        value, expiry = _store[key]
        if expiry is not None and time.monotonic() > expiry:
            del _store[key]
            _misses[0] += 1
            return None

        _hits[0] += 1
        return value

    def set(key: str, value: Any, ttl_seconds: Optional[float] = None) -> None:
        expiry = None
        if ttl_seconds is not None:
            expiry = time.monotonic() + ttl_seconds
        _store[key] = (value, expiry)

    def delete(key: str) -> bool:
        if key in _store:
            del _store[key]
            return True
        return False

    def clear() -> None:
        _store.clear()
        _hits[0] = 0
        _misses[0] = 0

    def stats() -> dict:
        # Count only non-expired entries
        now = time.monotonic()
        live_count = sum(
            1 for _, expiry in _store.values()
            if expiry is None or expiry > now
        )
        return {
            "hits": _hits[0],
            "misses": _misses[0],
            "size": live_count,
            "hit_rate": _hits[0] / (_hits[0] + _misses[0]) if (_hits[0] + _misses[0]) > 0 else 0.0,
        }

    return {
        "get": get,
        "set": set,
        "delete": delete,
        "clear": clear,
        "stats": stats,
    }


# Usage
cache = make_cache()

cache["set"]("user:1", {"name": "Alice", "role": "admin"})
cache["set"]("session:abc", "token_value", ttl_seconds=0.1) # expires in 0.1s

print(cache["get"]("user:1")) # {'name': 'Alice', 'role': 'admin'}
print(cache["get"]("user:1")) # cache hit
print(cache["get"]("missing")) # None
print(cache["stats"]()) # {'hits': 2, 'misses': 1, 'size': 2, 'hit_rate': 0.667}

# Wait for TTL to expire
time.sleep(0.15)
print(cache["get"]("session:abc")) # None - expired
print(cache["stats"]()) # {'hits': 2, 'misses': 2, 'size': 1, ...}

cache["delete"]("user:1")
print(cache["get"]("user:1")) # None
print(cache["stats"]()["size"]) # 0
