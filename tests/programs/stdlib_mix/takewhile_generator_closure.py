# takewhile and dropwhile over a generator whose predicate closes over a threshold that changes later
from itertools import takewhile, dropwhile, count

limit = 10
def below(n):
    return n < limit

squares = (n * n for n in count(1))
first = list(takewhile(below, squares))
limit = 50
print(first, list(takewhile(below, (n * n for n in count(1)))))
print(list(dropwhile(lambda c: c != "x", "abxcd")))
