# Function composition builds a closure over two functions.
def compose(f, g):
    def composed(x):
        return f(g(x))
    return composed

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5))
print(compose(dbl, inc)(5))

def pipeline(*funcs):
    def run(x):
        for fn in funcs:
            x = fn(x)
        return x
    return run

print(pipeline(inc, dbl, inc, str)(3) + "!")
