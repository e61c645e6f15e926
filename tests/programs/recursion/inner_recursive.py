# A self-recursive inner function finds itself through its own cell.
def factorial_of(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)

print(factorial_of(5))
print(factorial_of(25))
print(factorial_of.__code__.co_cellvars)
