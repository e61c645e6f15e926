# zip strict with unequal generators reports after consuming
def g(n):
    for i in range(n):
        print("yield", i)
        yield i
try:
    for pair in zip(g(2), g(3), strict=True):
        print(pair)
except ValueError as e:
    print(e)
