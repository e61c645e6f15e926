# f.__globals__ is the module's namespace: the very dict globals() returns, current each time it is asked for
def outer():
    x = 10

    def inner():
        return x

    return inner

inner = outer()
print(inner.__globals__ is globals(), outer.__globals__ is inner.__globals__, globals() is globals())
print(type(inner.__globals__).__name__, inner.__globals__['outer'] is outer, 'x' in inner.__globals__)
counter = 1
print(globals()['counter'])
counter = 2
print(globals()['counter'], globals().get('missing'))
del counter
print('counter' in globals())

def uses_global():
    global late
    late = 'set inside'

uses_global()
print(globals()['late'], uses_global.__globals__['late'])
print([k for k in globals() if not k.startswith('__')])
