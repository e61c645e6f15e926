raise
raise ValueError
raise ValueError("x")
raise ValueError("x") from None
assert x
assert x, "message"
assert isinstance(x, int), f"got {x!r}"
