# CPython 3.11's compile-time SyntaxWarnings, printed before the script runs: 'is' with a literal, a literal called or subscripted (a missing comma), assert on a tuple.
x = 5
if x is 5:
    print("five")
if x is not 1000 and x is not None:
    print("not")
print(x is (), x is True, 1 is x is 2)
def f():
    try:
        (1, 2)(3)
    except TypeError as e:
        print(e)
    try:
        [1, 2][0, 1]
    except TypeError as e:
        print(e)
    try:
        "abc"[1.5]
    except TypeError as e:
        print(e)
    try:
        None[0]
    except TypeError as e:
        print(e)
    try:
        [x for x in "ab"]("c")
    except TypeError as e:
        print(e)
    try:
        f"{x}"[x: 1, 2]
    except TypeError as e:
        print(e)
f()
assert (x, "x must be set")
while x is -1:
    pass
y = [1, 2][0]
z = {"a": 1}["a"]
print(y, z)
