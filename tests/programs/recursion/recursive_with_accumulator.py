# A recursive walk collects results into a list from the enclosing scope.
def flatten(nested):
    out = []
    def walk(x):
        if isinstance(x, list):
            for item in x:
                walk(item)
        else:
            out.append(x)
    walk(nested)
    return out

print(flatten([1, [2, [3, [4]], 5], [[6]]]))
print(flatten([]))
