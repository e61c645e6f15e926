# A class with only __getitem__ is iterable (0, 1, 2, ... until IndexError), so for, in, list() and sum() work.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), 5 in Seq(), [x for x in Seq()], sum(Seq()), max(Seq()))
it = iter(Seq())
print(next(it), next(it), type(it).__name__)
for x in Seq():
    print("item", x)
a, b, c = Seq()
print(a, b, c)


class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return chr(65 + i)


print(list(Stops()))


class Breaks:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(Breaks())
except KeyError as e:
    print("KeyError", e)


class NotIterable:
    pass


try:
    iter(NotIterable())
except TypeError as e:
    print(e)
