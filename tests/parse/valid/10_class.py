class A:
    pass

class B(A):
    attr = 1
    def __init__(self, x):
        super().__init__()
        self.x = x
    def __repr__(self):
        return f"B({self.x!r})"
    def __call__(self, *args, **kwargs):
        return args

class C(A, B, metaclass=type):
    """Docstring."""
