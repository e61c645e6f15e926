# super() in a generator method and a nested function
class A:
    def items(self): return [1, 2]
class B(A):
    def gen(self):
        for x in super().items():
            yield x * 10
    def nested(self):
        def inner():
            return super().items()
        try:
            return inner()
        except RuntimeError as e:
            return str(e)
print(list(B().gen()), B().nested())
