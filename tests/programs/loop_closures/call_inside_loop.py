# Calling the closure inside the loop sees the current value: no surprise there.
results = []
for i in range(3):
    show = lambda: i * i
    results.append(show())
print(results)
print(show())
