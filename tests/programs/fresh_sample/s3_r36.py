# repr of builtin method objects and object()
print(repr(object.__setattr__), repr([].append)[:31], type(len).__name__)
o = object()
print(type(o) is object, isinstance(o, object), o == o, o != object())
