# Two inner functions that call each other share cells for both names.
def parity(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)
    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n), is_odd(n)

print(parity(10))
print(parity(7))
print(parity.__code__.co_cellvars)
