# argument errors students hit
def area(width, height):
    return width * height
cases = [
    lambda: area(1),
    lambda: area(1, 2, 3),
    lambda: area(1, 2, depth=3),
    lambda: area(1, width=2),
    lambda: area(height=2),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
