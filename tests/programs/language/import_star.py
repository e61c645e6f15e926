# from M import * binds every public name (or __all__) in the module namespace.
from math import *
print(pi, floor(2.5), sqrt(16))
from collections import *
print(Counter("abca").most_common(1), "defaultdict" in dir())
from itertools import *
print(list(islice(count(3), 4)))

def area(r):
    return pi * r * r      # a global from the star import, not a cell

print(round(area(2), 3), area.__code__.co_names)
import dis
dis.dis(compile("from string import *", "<s>", "exec"))
print(ascii_lowercase[:3], "_re" in globals())
ns = {}
exec("from operator import *", ns)
print(ns["add"](2, 3), "__all__" in ns)
