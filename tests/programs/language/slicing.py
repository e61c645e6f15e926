# Slices of lists and strings.
nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[-3:])
print(nums[::2], nums[::-1], nums[8:2:-2])
word = "closure"
print(word[1:4], word[::-1], word[-1], word[:-1])
copy = nums[:]
copy[0] = 99
print(nums[0], copy[0])
nums[1:3] = ["a", "b", "c"]
print(nums)
