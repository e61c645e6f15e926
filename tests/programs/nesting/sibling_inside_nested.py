# A nested helper called by its sibling: the sibling sees the helper through a cell.
def outer(n):
    def helper(x):
        return x * n
    def use():
        return helper(3)
    return use

u = outer(5)
print(u())
print(outer.__code__.co_cellvars)
print(u.__code__.co_freevars)
