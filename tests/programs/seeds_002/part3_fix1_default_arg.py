# seeds/002_2fc762ed25bdb8ee.txt, Part 3 Fix 1 Default Argument Capture: def f(i=i) snapshots i.
funcs = []
for i in range(3):
    def f(i=i): # default arg evaluates i at def-time
        print(i)
    funcs.append(f)
funcs[0]() # 0 correct
funcs[1]() # 1 correct
funcs[2]() # 2 correct
