# Lambdas are all called <lambda>; defs carry their own names.
def named():
    pass
anon = lambda: None
print(named.__code__.co_name, named.__name__)
print(anon.__code__.co_name, anon.__name__, anon.__qualname__)
renamed = named
print(renamed.__name__)
