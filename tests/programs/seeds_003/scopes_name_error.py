# seeds/003_4cacf86aecec5050.txt, Scopes: x assigned inside test() is not visible at module level; the first print raises NameError.
def test():
    x = 10

print(x) # This will result in a NameError exception since x was defined inside a function.

test()
print(x)
# no, calling the function doesn't add whatever is inside magically to
# the "higher" scope"
