# Returned out of its frame, the recursive closure still calls itself via the cell.
def make_fib():
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib

fib = make_fib()
print([fib(i) for i in range(15)])
print(fib.__code__.co_freevars)
print(fib.__closure__[0].cell_contents is fib)
