# Conditional expressions and short-circuit and/or.
def sign(n):
    return "negative" if n < 0 else "zero" if n == 0 else "positive"

print([sign(n) for n in (-3, 0, 8)])
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1/0)
n = None
print(not 0, not "x", n is None, n is not None)
