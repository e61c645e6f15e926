# nan as dict key and set member
nan = float("nan")
d = {nan: 1, 2.0: 2}
d[nan] = 3
print(len(d), d[nan], 2 in d, d.get(float("nan"), "missing"))
s = {nan, nan, 1}
print(len(s), nan in s)
