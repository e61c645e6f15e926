# Fix 1: a default argument is evaluated when the lambda is made.
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
print(fs[1].__defaults__)
print(fs[1].__closure__)
print(fs[1](42))
