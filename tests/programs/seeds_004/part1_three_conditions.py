# seeds/004_d0a714c7296f60be.txt, Part 1 The Three Conditions: outer returns a closure; outer2 calls inner; outer3's inner has no free variables.
# All three conditions met - this IS a closure
def outer():
    x = 10 # condition 2: x is a free variable of inner
    def inner():
        return x # references outer's variable
    return inner # condition 3: inner escapes

# Condition 3 not met - inner doesn't escape, not really a closure
def outer2():
    x = 10
    def inner():
        return x
    return inner() # calling inner(), not returning it - result is 10

# Condition 2 not met - inner doesn't reference outer's variables
def outer3():
    x = 10
    def inner():
        return 99 # doesn't use x - no free variables
    return inner

print(outer()(), outer().__code__.co_freevars)
print(outer2(), outer2.__code__.co_cellvars)
print(outer3()(), outer3().__closure__, outer3.__code__.co_cellvars)
