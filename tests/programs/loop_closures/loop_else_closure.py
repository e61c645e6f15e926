# for/else: the closure sees the value the loop ended with.
def find_first_even(nums):
    for n in nums:
        if n % 2 == 0:
            break
    else:
        n = None
    return lambda: n

print(find_first_even([1, 3, 4, 5])())
print(find_first_even([1, 3, 5])())
