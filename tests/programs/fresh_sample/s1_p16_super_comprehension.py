# super() inside comprehensions and generator expressions
class Shape:
    def area(self):
        return 1
class Square(Shape):
    def areas_bad(self):
        return [super().area() for _ in range(2)]
    def areas_good(self):
        base = super().area()
        return [base for _ in range(2)]
    def explicit(self):
        return [super(Square, self).area() for _ in range(2)]
sq = Square()
print(sq.areas_good(), sq.explicit())
try:
    sq.areas_bad()
except TypeError as e:
    print("TypeError:", e)
