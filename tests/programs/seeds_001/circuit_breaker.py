# seeds/001_a263f8b862c3707a.txt, "Best Practice: A Production-Grade Decorator": circuit breaker keeping failures/last_failure_time in nonlocal cells (emoji restored; the cooldown print shows a boolean instead of the remaining seconds).
import time
import functools
from typing import Callable, TypeVar, ParamSpec

P = ParamSpec('P')
R = TypeVar('R')


def circuit_breaker(failure_threshold: int, recovery_timeout: int):
    def decorator(func: Callable[P, R]) -> Callable[P, R | None]:
        # These are the Free Variables (The "Invisible Scope")
        # They persist across all calls to the decorated function.
        failures = 0
        last_failure_time = 0.0

        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | None:
            nonlocal failures, last_failure_time

            # Check if the Circuit is currently OPEN
            if failures >= failure_threshold:
                elapsed = time.time() - last_failure_time
                if elapsed < recovery_timeout:
                    remaining = recovery_timeout - elapsed
                    print(f"🛑 CIRCUIT OPEN: Request blocked. Cooldown left: {remaining > 0}")
                    return None
                else:
                    print("⚠️ HALF-OPEN: Cooldown finished. Attempting recovery...")

            # Attempt to run the actual function
            try:
                result = func(*args, **kwargs)

                # If we succeed, we reset the closure state
                if failures > 0:
                    print("✅ SUCCESS: Circuit closed (counters reset).")
                failures = 0
                return result

            except Exception as e:
                # If we fail, we update the closure state
                failures += 1
                last_failure_time = time.time()
                print(f"❌ FAILURE ({failures}/{failure_threshold}): {e}")
                # We suppress the error if the circuit just tripped,
                # or re-raise it depending on desired logic.
                # Here, we swallow it to keep the script running.
                return None

        return wrapper

    return decorator


class ConnectionError(Exception):
    pass


@circuit_breaker(failure_threshold=3, recovery_timeout=2)
def unstable_database_query(query: str, force_fail: bool = False):
    """Simulates a DB query that might crash."""
    if force_fail:
        raise ConnectionError("Connection refused by host.")
    print(f"💾 Executing Query: '{query}'")
    return "Query Results"


if __name__ == "__main__":
    print("--- 1. Normal Operation ---")
    unstable_database_query("SELECT * FROM users")

    print("\n--- 2. Simulating Failures ---")
    # We force it to fail 3 times. The state 'failures' in the closure increments.
    unstable_database_query("SELECT * FROM users", force_fail=True)  # Fail 1
    unstable_database_query("SELECT * FROM users", force_fail=True)  # Fail 2
    unstable_database_query("SELECT * FROM users", force_fail=True)  # Fail 3 (Threshold Hit)

    print("\n--- 3. The Circuit is now OPEN ---")
    # This call will NOT execute the function. It is blocked by the decorator.
    # Note: It runs instantly, saving resources.
    unstable_database_query("SELECT * FROM users")

    print("\n--- 4. Waiting for Cooldown (2 seconds) ---")
    time.sleep(2.1)

    print("\n--- 5. Recovery (Half-Open State) ---")
    # The timeout has passed. The next call is allowed through.
    # If it succeeds, the circuit resets.
    unstable_database_query("SELECT * FROM users")

    print("\n--- 6. Back to Normal ---")
    unstable_database_query("SELECT * FROM users")
    print(unstable_database_query.__name__, unstable_database_query.__wrapped__.__name__)
