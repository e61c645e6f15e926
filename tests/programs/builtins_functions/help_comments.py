# help() falls back to the comments right above a def or class without a docstring, as pydoc does; a class page leaves out an empty signature.

# Totals.
# Two lines of comment.
def total(xs):
    return sum(xs)
help(total)
# A shape.
class Shape:
    # the area
    def area(self):
        return 0
    def __init__(self):
        pass
help(Shape)
class WithArgs:
    def __init__(self, x):
        pass
class NoArgs:
    def __init__(self):
        pass
help(WithArgs)
help(NoArgs)
