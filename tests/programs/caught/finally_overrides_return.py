# finally runs even after return; a return in finally replaces the result.
def f():
    try:
        return "from try"
    finally:
        print("finally runs")

def g():
    try:
        return "from try"
    finally:
        return "from finally"

print(f())
print(g())
