# seeds/004_d0a714c7296f60be.txt, Level 1 Question 2: four lambdas share i, all give 3 * 3.
def make_functions():
    funcs = []
    for i in range(4):
        funcs.append(lambda: i * i)
    return funcs

fs = make_functions()
print([f() for f in fs])
