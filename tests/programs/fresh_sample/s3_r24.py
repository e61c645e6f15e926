# sys.exc_info in finally and after handling
import sys
def f():
    try:
        raise KeyError("x")
    except KeyError:
        return sys.exc_info()[0].__name__
    finally:
        print("in finally:", sys.exc_info()[0])
print(f(), sys.exc_info())
