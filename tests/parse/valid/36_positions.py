result = (
    first
    + second  # comment
)
value = call(
    a,
    b=2,
)
x = [i
     for i in range(3)
     if i]
total = a + \
    b
if (a and
        b):
    pass
elif c:
    pass
else:
    pass
while x:
    x -= 1
else:
    done = True
@decorator(
    arg)
def f(
    a,
    b,
):
    return (a,
            b)
s = ("one"
     "two")
t = f"a{b}" "c"
