# A generator expression is a function too: it closes over names it uses.
def scaled_sum(nums, factor):
    return sum(x * factor for x in nums)

print(scaled_sum([1, 2, 3], 10))
print(scaled_sum.__code__.co_cellvars)
