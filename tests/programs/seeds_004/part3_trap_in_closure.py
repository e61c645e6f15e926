# seeds/004_d0a714c7296f60be.txt, Part 3 The same trap in a closure: increment's count += 1 reads an unassigned local.
def make_counter():
    count = 0
    def increment():
        # count += 1 ← this assignment marks count as LOCAL to increment
        # Python sees: count = count + 1
        # count on the right side: reads local count (not yet assigned) → UnboundLocalError
        count += 1
        return count
    return increment

increment = make_counter()
print(increment.__code__.co_varnames, increment.__code__.co_freevars)
increment()
