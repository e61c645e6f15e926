# Late binding: lambdas in a loop all share the loop variable's final value,
# while the default-argument fix captures each value at definition time.
total_late = 0
total_fixed = 0
for r in range(3):
    fs = []
    for i in range(100000):
        fs.append(lambda: i)
    for f in fs:
        total_late += f()
    gs = []
    for i in range(100000):
        gs.append(lambda i=i: i)
    for g in gs:
        total_fixed += g()
print("late_binding", len(fs) + len(gs), total_late, total_fixed)
