# seeds/002_2fc762ed25bdb8ee.txt, Part 3 The Classic Closure Bug: three functions defined in a module-level loop all print 2.
# Intended: create three functions that print 0, 1, 2 respectively
funcs = []
for i in range(3):
    def f():
        print(i)
    funcs.append(f)
funcs[0]() # 2 ← expected 0
funcs[1]() # 2 ← expected 1
funcs[2]() # 2 ← expected 2
