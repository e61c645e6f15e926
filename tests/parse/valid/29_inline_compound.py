def f(x): return x
class C: pass
for i in x: print(i); print(i)
while False: pass
if x: a = 1
else: a = 2
try: pass
except: pass
