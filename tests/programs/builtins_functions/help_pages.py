# help(obj) prints pydoc's page for functions (signature with defaults, annotations, / and *; cleaned docstring), lambdas, bound methods and simple classes.
def add(a, b=1, *args, c, **kw):
    """Add things up.

    More text here.
    """
    return a + b
help(add)
def nodoc(x): pass
help(nodoc)
class Point:
    """A point."""
    def __init__(self, x, y):
        self.x = x
    def norm(self):
        "Length."
        return 0
help(Point)
def f(a, /, b: int = 2, *, c="x") -> str:
    '''  One line.  '''
help(f)
g = lambda x, y=[1]: x
help(g)
class A:
    n = 3
    def m(self, k=None):
        pass
help(A)
help(A().m)
