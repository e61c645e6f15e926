# A class whose __iter__ is a generator: every for loop gets a fresh iterator.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print(list(c), list(c))
print([x * 2 for x in c], sum(c), 2 in c, 5 in c)
it = iter(c)
print(next(it), next(it), list(zip(c, "abc")))
