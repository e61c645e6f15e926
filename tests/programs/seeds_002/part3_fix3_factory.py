# seeds/002_2fc762ed25bdb8ee.txt, Part 3 Fix 3 Factory Function: make_f gives each function its own captured_i cell.
def make_f(captured_i):
    def f():
        print(captured_i)
    return f
funcs = [make_f(i) for i in range(3)]
funcs[0]() # 0 correct
funcs[1]() # 1 correct
funcs[2]() # 2 correct
