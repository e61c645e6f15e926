# A "next value" function built from two nonlocal variables.
def fib_stream():
    a, b = 0, 1
    def next_fib():
        nonlocal a, b
        result = a
        a, b = b, a + b
        return result
    return next_fib

nf = fib_stream()
print([nf() for _ in range(12)])
print(nf())
