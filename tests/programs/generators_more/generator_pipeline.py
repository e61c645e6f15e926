# Chained generators pull values one at a time (the order of prints shows laziness).
def numbers():
    for n in range(1, 5):
        print("produce", n)
        yield n

def evens(src):
    for n in src:
        if n % 2 == 0:
            yield n

def squared(src):
    return (n * n for n in src)

pipe = squared(evens(numbers()))
print("built")
for value in pipe:
    print("got", value)
print(list(enumerate(x for x in "ab")))
