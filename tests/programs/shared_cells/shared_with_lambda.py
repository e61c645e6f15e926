# Lambdas and defs made in one call share cells just the same.
def make_stack():
    items = []
    push = lambda x: items.append(x)
    pop = lambda: items.pop()
    def size():
        return len(items)
    return push, pop, size

push, pop, size = make_stack()
push(1)
push(2)
push(3)
print(size(), pop(), size())
print(push.__closure__[0] is size.__closure__[0])
