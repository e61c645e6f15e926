# del at module level removes the name; using it again is a NameError.
greeting = "hello"
print(greeting)
del greeting
try:
    print(greeting)
except NameError as e:
    print(type(e).__name__, e)
nums = [1, 2, 3, 4]
del nums[0], nums[-1]
print(nums)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
