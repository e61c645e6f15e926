# closures capturing a mutable dict and introspecting cells
def registry():
    items = {}
    def register(name):
        def deco(fn):
            items[name] = fn
            return fn
        return deco
    return register, items
register, items = registry()
@register("hello")
def hi():
    return "hi"
print(items["hello"](), register.__code__.co_freevars, [type(c.cell_contents).__name__ for c in register.__closure__])
