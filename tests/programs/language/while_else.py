# while/else: else runs when the loop ends without break.
def find(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")

find([4, 5, 6], 5)
find([4, 5, 6], 9)
n = 0
while n < 3:
    n += 1
print(n)
