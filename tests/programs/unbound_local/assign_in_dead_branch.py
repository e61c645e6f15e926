# The assignment never runs, yet it still makes the name local.
limit = 3

def check(n):
    if False:
        limit = 0
    return n < limit

try:
    check(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(check.__code__.co_varnames)
