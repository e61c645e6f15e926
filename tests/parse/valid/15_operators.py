a = 1 < 2 <= 3 > 0 >= -1 == 1 != 2
b = x in y and x not in z
c = x is None or x is not None
d = a | b ^ c & d << 1 >> 2
e = ~a + -b - +c
f = not a == b
g = a if b else c if d else e
h = (a < b) < c
i = a or b or c and d and e
j = x @ y
