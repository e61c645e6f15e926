# Adding a str and an int.
count = 3
print("count: " + str(count))
print("count: " + count)
