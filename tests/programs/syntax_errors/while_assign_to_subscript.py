# 'while x[0] = 3:' names the subscript and suggests '=='.
x = [1]
while x[0] = 3:
    pass
