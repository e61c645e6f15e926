# a class decorator that fails: the traceback points at the decorator line
def needs_name(cls):
    return cls.name

@needs_name
class Plain:
    pass
