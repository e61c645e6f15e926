# seeds/000_27bc754d294148a3.txt, 39.14 global vs nonlocal (global): global x makes f assign the module's x.
x = 0

def f():
    global x
    x = 10

print(x)
f()
print(x)
