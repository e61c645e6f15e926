# many inserts and deletes: resizes and dummies keep CPython's order
s = set()
for i in range(0, 200, 7):
    s.add(i * 31 % 97)
print(s)
for i in range(0, 200, 14):
    s.discard(i * 31 % 97)
print(s)
for i in range(1000, 1010):
    s.add(i)
print(s)
t = set()
for i in range(-20, 20, 3):
    t.add(i)
print(t)
print(set(['b', 'a']) == {'a', 'b'}, len(set(range(1000))))
