if x:
    a = 1
elif y:
    a = 2
elif z:
    a = 3
else:
    a = 4
if x: pass
if a and b or not c:
    pass
else: b = 1
