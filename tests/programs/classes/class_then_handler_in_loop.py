# A class statement leaves nothing on the value stack: a loop after it whose
# body catches an exception keeps its iterator (the handler unwinds the
# stack to the depth the loop needs).
class Named:
    pass


class Child(Named):
    label = "child"


for i in [1, 2, 3]:
    try:
        if i % 2:
            raise ValueError(i)
    except ValueError as e:
        print("caught", e)
    else:
        print("no error at", i)


def in_a_function():
    class Local(Named):
        pass

    out = []
    for k in range(3):
        try:
            out.append(10 // (k - 1))
        except ZeroDivisionError:
            out.append(Local.__name__)
    return out


print(in_a_function())
print([Child.label for _ in range(2)], Child.__mro__[1].__name__)
