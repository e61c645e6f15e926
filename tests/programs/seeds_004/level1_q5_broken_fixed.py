# seeds/004_d0a714c7296f60be.txt, Level 1 Question 5: broken() lambdas all return 3, fixed() ones 1 2 3 (print end=" ").
def broken():
    result = []
    for x in [1, 2, 3]:
        result.append(lambda: x)
    return result

def fixed():
    result = []
    for x in [1, 2, 3]:
        result.append(lambda x=x: x)
    return result

for f in broken():
    print(f(), end=" ")
print()

for f in fixed():
    print(f(), end=" ")
print()
