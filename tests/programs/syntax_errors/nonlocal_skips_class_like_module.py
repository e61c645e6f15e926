# The error is reported for the line of the nonlocal statement, deep inside.
def a():
    def b():
        def c():
            nonlocal missing
            return missing
        return c
    return b
