# A comprehension in a class body cannot see class-level names (except the first iterable).
class Config:
    factor = 3
    values = [factor * i for i in range(3)] if False else None
    firsts = [i for i in range(factor)]

print(Config.firsts)

class Broken:
    factor = 3
    values = [factor * i for i in range(3)]
