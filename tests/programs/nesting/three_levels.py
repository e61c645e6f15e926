# Three levels: the innermost function reaches two levels up.
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3
    return level2

f = level1()()
print(f())
print(f.__code__.co_freevars)
print(f.__qualname__)
