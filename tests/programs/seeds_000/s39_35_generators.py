# seeds/000_27bc754d294148a3.txt, 39.35 Closures and Generators: a generator function closes over limit.
def outer(limit):
    def gen():
        for i in range(limit):
            yield i

    return gen

make = outer(3)
print(list(make()))
print(make.__code__.co_freevars, make.__closure__[0].cell_contents)
