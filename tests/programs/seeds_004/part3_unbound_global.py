# seeds/004_d0a714c7296f60be.txt, Part 3 The UnboundLocalError Trap: the later x = 20 makes x local for all of f, so print(x) fails.
x = 10

def f():
    print(x) # would work if x were a free/global variable
    x = 20 # but this assignment makes x LOCAL for the entire function!

f() # UnboundLocalError: local variable 'x' referenced before assignment
