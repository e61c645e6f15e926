# A dict merged into itself (|=, update, | and **) and a dict compared
# while an __eq__ empties it: no borrow is held across the loop.
class E:
    def __eq__(self, o):
        d.clear()
        return True
d = {1: E(), 2: 3}
d2 = {1: E(), 2: 3}
print(d == d2, d)
a = {1: "x"}
a |= a
print(a)
b = {1: 2}
b.update(b)
print(b)
c = {1: 2}
print(c | c, {**c, **c})
