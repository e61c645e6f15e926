# A nonlocal counter tracks the deepest level reached by a recursive inner function.
def max_depth(tree):
    deepest = 0
    def visit(node, depth):
        nonlocal deepest
        if depth > deepest:
            deepest = depth
        for child in node:
            visit(child, depth + 1)
    visit(tree, 1)
    return deepest

print(max_depth([]))
print(max_depth([[], [[]], [[[[]]]]]))
