# Integer modulo and floor division by zero have their own messages.
print(7 // 2, 7 % 2)
try:
    7 // 0
except ZeroDivisionError as e:
    print(e)
7 % 0
