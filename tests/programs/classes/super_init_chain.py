# super().__init__ chains constructors; methods using super get the __class__ free variable.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def area(self):
        return super().area() + 0

s = Square(3)
print(s.name, s.area(), s.w)
print(Rect.__init__.__code__.co_freevars, Square.area.__code__.co_freevars)
print(Shape.__init__.__code__.co_freevars, Shape.area.__code__.co_freevars)
print(Square.area.__closure__[0].cell_contents is Square)
