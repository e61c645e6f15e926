# an exception in a weakref callback is printed as "Exception ignored in" with its traceback, and the program goes on
import weakref

class Node:
    pass

def on_death(ref):
    print('callback runs, referent gone:', ref() is None)
    raise ValueError('boom')

n = Node()
r = weakref.ref(n, on_death)
del n
print('after del')
