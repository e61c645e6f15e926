# A generator expression can be consumed only once.
gen = (c.upper() for c in "abc")
print(list(gen))
print(list(gen))
print(sum(x for x in []))
