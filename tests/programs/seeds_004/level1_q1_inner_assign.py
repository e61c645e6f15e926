# seeds/004_d0a714c7296f60be.txt, Level 1 Question 1: inner's x = 2 is a separate local; outer returns (1, 2).
def outer():
    x = 1
    def inner():
        x = 2
        return x
    result = inner()
    return x, result

print(outer())
