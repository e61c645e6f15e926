# function __dict__ and __annotations__
def area(r: float, pi: float = 3.14) -> float:
    return pi * r * r
print(area.__annotations__, area.__defaults__)
area.unit = "cm2"
area.__annotations__["note"] = str
print(area.__dict__, sorted(area.__annotations__))
print(area.__code__.co_varnames, area.__code__.co_argcount)
