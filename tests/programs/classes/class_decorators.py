# class decorators: called on the class after it is made, bottom one first; a registry in a closure
def make_registry():
    found = []

    def register(cls):
        found.append(cls.__name__)
        return cls

    return register, found

register, found = make_registry()

def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

@register
@tagged("first")
class A:
    def hello(self):
        return "A says " + self.tag

@register
class B(A):
    pass

print(found, A.tag, B().hello(), register.__closure__[0].cell_contents)
