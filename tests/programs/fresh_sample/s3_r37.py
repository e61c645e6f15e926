# del on properties without deleter and missing attributes
class C:
    @property
    def p(self): return 1
c = C()
for stmt in ["p", "q"]:
    try:
        delattr(c, stmt)
    except AttributeError as e:
        print(e)
try:
    del C.q
except AttributeError as e:
    print(e)
