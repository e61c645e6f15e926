# 'elif A.x = 1:' names the attribute, though A.x = 1 alone is a fine statement.
class A:
    x = 0


if A.x == 0:
    pass
elif A.x = 1:
    pass
