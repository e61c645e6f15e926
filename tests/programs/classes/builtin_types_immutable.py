# builtin types take no new attributes (a class statement's classes do)
import functools

def attempt(what, action):
    try:
        action()
        print(what, "worked")
    except TypeError as e:
        print(what, "->", type(e).__name__, e)

def set_value_error():
    ValueError.x = 1

def del_value_error():
    del ValueError.x

def set_partial():
    functools.partial.q = 1

def del_int_add():
    del int.__add__

attempt("ValueError.x = 1", set_value_error)
attempt("del ValueError.x", del_value_error)
attempt("int.y", lambda: setattr(int, "y", 2))
attempt("object.z", lambda: setattr(object, "z", 3))
attempt("functools.partial.q", set_partial)
attempt("del int.__add__", del_int_add)
attempt("type(None).a", lambda: setattr(type(None), "a", 1))

class Mine(ValueError):
    pass

Mine.extra = 5
print(Mine.extra, hasattr(ValueError, "extra"))
