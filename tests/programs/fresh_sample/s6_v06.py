# __hash__ = None and set membership
class U:
    __hash__ = None
try:
    {U()}
except TypeError as e:
    print(e)
print(U.__hash__ is None, hash(1) == hash(1.0), hash((1, 2)) == hash((1, 2)))
