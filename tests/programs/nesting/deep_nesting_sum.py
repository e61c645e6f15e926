# Four levels, each adding its own variable.
def f1(a):
    def f2(b):
        def f3(c):
            def f4(d):
                return a + b + c + d
            return f4
        return f3
    return f2

print(f1(1)(10)(100)(1000))
g = f1(1)(2)(3)
print(g.__code__.co_freevars)
print([cell.cell_contents for cell in g.__closure__])
