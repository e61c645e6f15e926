def f():
    return
x = lambda: (yield)
print(f"{x!}")
