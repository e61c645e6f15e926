# seeds/004_d0a714c7296f60be.txt, Part 2 Inspecting Closures in Detail: three free variables (sorted), mapped to their values with zip.
def make_adder(base, step=1):
    label = f"adder(base={base}, step={step})"

    def add(x):
        return base + x * step # captures 'base', 'step', and 'label'

    return add

adder = make_adder(10, step=2)

# __closure__: tuple of cell objects, one per free variable
print(adder.__closure__)
# (<cell at 0x...>, <cell at 0x...>, <cell at 0x...>)

# __code__.co_freevars: names of free variables (same order as __closure__)
print(adder.__code__.co_freevars)
# ('base', 'label', 'step') ← alphabetically sorted

# Map names to values
free_vars = dict(zip(
    adder.__code__.co_freevars,
    (cell.cell_contents for cell in adder.__closure__)
))
print(free_vars)
# {'base': 10, 'label': 'adder(base=10, step=2)', 'step': 2}

print(adder(5)) # 10 + 5 * 2 = 20
