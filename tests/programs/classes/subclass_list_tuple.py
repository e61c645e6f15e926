# classes derived from list and tuple; __new__ with tuple.__new__ and object.__new__
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), s, s + [9], isinstance(s, list), s == [1, 2])

class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])

p = Pair(1, 2)
x, y = p
print(p, x, y, p.swap(), type(p.swap()).__name__, hash(p) == hash((1, 2)), p < (1, 3), p + (3,))
print(sorted([Pair(2, 1), Pair(1, 5)]), p.count(1), p.index(2))

class Once:
    made = None

    def __new__(cls):
        if cls.made is None:
            cls.made = super().__new__(cls)
        return cls.made

    def __init__(self):
        print("init runs each call")

print(Once() is Once())
