# Private names in scope errors: the analysis sees the mangled name, the
# checks made while reading the source quote the name as written.
class C:
    def m(self):
        def inner():
            nonlocal __x
        return inner
