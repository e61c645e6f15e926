# generator with try/finally closed by break
def g():
    try:
        for i in range(5):
            yield i
    finally:
        print("cleanup")
for x in g():
    if x == 2:
        break
print("after loop")
