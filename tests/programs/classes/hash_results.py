# __hash__ may return any int: a bool or a big int is hashed as an int;
# anything else is a TypeError.
class E:
    def __hash__(self):
        return True
class F:
    def __hash__(self):
        return 2**100
class G:
    def __hash__(self):
        return -1
class H:
    def __hash__(self):
        return 1.5
print(hash(E()), hash(F()), hash(F()) == hash(2**100), hash(G()))
try:
    hash(H())
except TypeError as e:
    print("TypeError", e)
print(len({E(), E()}), {F(): 1}.get(F()))
