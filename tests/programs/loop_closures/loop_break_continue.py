# break and continue inside loops that build closures.
def collect(limit):
    fs = []
    i = 0
    while True:
        i += 1
        if i % 2 == 0:
            continue
        if i > limit:
            break
        fs.append(lambda i=i: i)
    return [f() for f in fs]

print(collect(9))
print(collect(0))
