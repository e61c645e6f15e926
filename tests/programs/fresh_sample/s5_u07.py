# __defaults__ set to longer tuple than parameters
def f(a, b): return a, b
f.__defaults__ = (1, 2, 3)
print(f(), f.__defaults__)
def g(a=1): return a
g.__defaults__ = ()
try: g()
except TypeError as e: print(e)
