# help on a method-bearing class with class attributes
class Stack:
    """A LIFO stack."""
    limit = 10
    def __init__(self, items=None):
        self.items = list(items or [])
    def push(self, x):
        """Push x."""
        self.items.append(x)
    def pop(self):
        return self.items.pop()
help(Stack)
