# seeds/003_4cacf86aecec5050.txt, Common Pitfalls: Late Binding: module-level lambdas all return 2; lambda x=i: x fixes it.
# This doesn't work as expected
functions = []
for i in range(3):
    functions.append(lambda: i)

# All functions return 2 (the final value of i)
for f in functions:
    print(f())  # 2, 2, 2

# Fix with default argument
functions = []
for i in range(3):
    functions.append(lambda x=i: x)

# Now each function captures its own value
for f in functions:
    print(f())  # 0, 1, 2
