# help on a builtin-using lambda and class without docstring
class Empty:
    pass
help(Empty)
