# calling dunder methods directly
nums = [3, 1, 2]
print(nums.__len__(), nums.__getitem__(0), nums.__contains__(2), "x".__mul__(3))
print((10).__sub__(3), (10).__rsub__(3), (2.5).__mul__(2), (1).__lt__(2))
print(sum.__call__([1, 2]), len.__name__, [].__class__.__name__)
