# seeds/002_2fc762ed25bdb8ee.txt, Practice Advanced solution: memoize_ttl keeps a per-function cache in the closure and exposes it through function attributes.
import time
import functools
def memoize_ttl(seconds):
    """
    Decorator factory: cache call results for `seconds` seconds.
    Each decorated function gets its own independent cache (closure).
    """
    def decorator(func):
        # cache maps key -> (result, expiry_timestamp)
        # `cache` is a free variable in `wrapper`'s closure
        cache = {}
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            # Build a hashable cache key from all arguments
            key = (args, tuple(sorted(kwargs.items())))
            now = time.monotonic()
            if key in cache:
                result, expiry = cache[key]
                if now < expiry:
                    return result
                # TTL expired - fall through to recompute
            result = func(*args, **kwargs)
            cache[key] = (result, now + seconds)
            return result
        # Expose cache internals for testing / monitoring
        wrapper.cache = cache
        wrapper.cache_clear = lambda: cache.clear()
        wrapper.cache_info = lambda: {
            "size": len(cache),
            "ttl_seconds": seconds,
        }
        return wrapper
    return decorator
# --- Demo ---
call_count = 0
@memoize_ttl(seconds=2)
def fetch_user(user_id):
    """Simulate a slow database lookup (~100ms)."""
    global call_count
    call_count += 1
    time.sleep(0.05) # simulate I/O latency
    return {"id": user_id, "name": f"User_{user_id}"}
print(fetch_user(1)) # computed (cache miss)
print(fetch_user(1)) # instant (cache hit)
print(fetch_user(2)) # computed (different args)
print(fetch_user(1)) # instant (still within TTL)
print(f"DB calls so far: {call_count}") # 2
print(f"Cache info: {fetch_user.cache_info()}") # size: 2
print("\nWaiting for TTL to expire...")
time.sleep(2.1)
print(fetch_user(1)) # TTL expired - recomputes
print(fetch_user(1)) # instant (fresh cache)
print(f"Total DB calls: {call_count}") # 3
