# A for-loop target is an assignment too.
i = "global i"

def f():
    print(i)
    for i in range(3):
        pass

f()
