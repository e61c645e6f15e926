# functools.partial: calls, attributes, repr, nesting, errors
import functools
def f(a, b=2, *rest, c=3):
    return (a, b, rest, c)
p = functools.partial(f, 1, c=10)
print(p(), p(5), p(5, 6, 7), p(c=0))
print(p.func is f, p.args, p.keywords, type(p).__name__)
print(repr(p).replace(hex(id(f)), 'ADDR'))
q = functools.partial(p, 9, c=11)
print(q.func is f, q.args, q.keywords, q())
print(repr(functools.partial(max, 1, key=abs)))
print(isinstance(p, functools.partial), callable(p))
for args in [(), (1,)]:
    try:
        functools.partial(*args)
    except TypeError as e:
        print(type(e).__name__, e)
