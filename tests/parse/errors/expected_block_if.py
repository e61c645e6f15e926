if x:
a
