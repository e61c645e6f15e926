# Module code reads and writes globals by name; a class body has its own
# namespace first.
x = 'global x'
total = 0
for i in range(5):
    total += i
print(total, i)
class C:
    x = 'class x'
    y = x + '!'
    print(x, y, total)
    def m(self):
        return x
print(C.x, C.y, C().m(), x)
del total
try:
    print(total)
except NameError as e:
    print(e)
print(len)
len = 'shadowed'
print(len)
del len
print(len([1, 2]))
