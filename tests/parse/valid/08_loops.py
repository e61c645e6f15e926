for i in range(10):
    if i == 3:
        continue
    if i == 7:
        break
else:
    print("done")
while n > 0:
    n -= 1
else:
    pass
for a, (b, c), *d in items:
    pass
for x, in pairs: pass
for k.attr in y: pass
for d[0] in y: pass
