# an uncaught error from a defaultdict's factory: the traceback shows the lookup and the factory
from collections import defaultdict

def fail():
    raise LookupError("no default here")

table = defaultdict(fail, a=1)
print(table["a"])
print(table["b"])
