# __bool__ returning non-bool raises
class B:
    def __bool__(self): return 1
try:
    if B(): pass
except TypeError as e:
    print(e)
class L:
    def __len__(self): return -1
try:
    bool(L())
except ValueError as e:
    print(e)
class S:
    def __len__(self): return "3"
try:
    print(bool(S()))
except TypeError as e:
    print(e)
class Big:
    def __len__(self): return 2 ** 70
try:
    print(bool(Big()))
except OverflowError as e:
    print(e)
class Zero:
    def __len__(self): return 0
print(bool(Zero()), "empty" if not Zero() else "full")
