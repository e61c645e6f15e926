# seeds/000_27bc754d294148a3.txt, 39.27 Closures and Reference Cycles: inner -> cell -> funcs list -> inner.
import gc

def outer():
    funcs = []

    def inner():
        return funcs

    funcs.append(inner)
    return inner

fn = outer()
print(fn()[0] is fn)
print(fn.__closure__[0].cell_contents[0] is fn)
del fn
gc.collect()
print("collected")
