code = compile("x = 6 * 7\nprint('in exec', x)", "<demo>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
exec(code)
print(x)
ns = {}
exec("def f(a):\n    return a + base\nbase = 10\n", ns)
print(sorted(k for k in ns if k != '__builtins__'), ns['f'](1), '__builtins__' in ns)
print(eval("1 + 2 * 3"), eval("x + 1"), eval("y * 2", {"y": 21}))
print(eval("a + b", {"a": 1}, {"b": 2}))
def inside():
    local_v = 5
    exec("local_v = 99\nprint('sees', local_v)")
    return local_v, eval("local_v * 2")
print(inside())
try:
    compile("def f:\n    pass\n", "<bad>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename)
    print(str(e))
    print(e.args)
try:
    compile("if x:\npass\n", "<ind>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    eval("1 +")
except SyntaxError as e:
    print(e)
try:
    compile("x", "f", "nope")
except ValueError as e:
    print(e)
try:
    exec(42)
except TypeError as e:
    print(e)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
print(eval(compile("3 ** 2", "<e>", "eval")))
exec(compile("print('single', 1 + 1)", "<s>", "single"))
counter_src = '''
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
'''
g = {}
exec(counter_src, g)
c = g['make_counter']()
print(c(), c(), c.__code__.co_freevars)
