# Catch the error to see its type and message.
total = 0

def add(n):
    total = total + n
    return total

try:
    add(5)
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
