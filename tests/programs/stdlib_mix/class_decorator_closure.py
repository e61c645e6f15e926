# a class decorator made by a closure factory that counts instances per class
def counting(start=0):
    def decorate(cls):
        count = start
        original = cls.__init__
        def __init__(self, *args):
            nonlocal count
            count += 1
            self.serial = count
            original(self, *args)
        cls.__init__ = __init__
        cls.made = lambda: count
        return cls
    return decorate

@counting(100)
class Widget:
    def __init__(self, name):
        self.name = name

w1, w2 = Widget("a"), Widget("b")
print(w1.serial, w2.serial, Widget.made(), Widget.__init__.__code__.co_freevars)
