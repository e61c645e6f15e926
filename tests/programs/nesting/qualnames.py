# __qualname__ records the nesting path; __name__ only the last part.
def a():
    def b():
        def c():
            pass
        return c
    return b

c = a()()
print(c.__name__)
print(c.__qualname__)
print(a().__qualname__)
lam = (lambda: lambda: 0)()
print(lam.__qualname__, lam.__name__)
