# dis of a function that makes a decorated class: decorators load first, CALL after __build_class__
import dis

def deco(cls):
    return cls

def make(tag):
    @deco
    class Local:
        label = tag
    return Local

dis.dis(make)
print(make("x").label)
