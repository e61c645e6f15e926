# try inside a loop: continue after a failure, break on a sentinel.
values = ["1", "2", "x", "4", "stop", "5"]
total = 0
for v in values:
    if v == "stop":
        break
    try:
        total += int(v)
    except ValueError as e:
        print("skipping:", e)
        continue
    print("added", v)
else:
    print("no stop seen")
print("total", total)
