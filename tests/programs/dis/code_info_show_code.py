# dis.code_info and dis.show_code print CPython's summary of a code object: counts, stack size, flags, constants, names, cells and frees
import dis

def outer(a, b=2, *args, k, **kw):
    """Doc."""
    x = 10

    def inner():
        nonlocal x
        x += 1
        return x, a
    return inner

def gen(n):
    total = 0
    for i in range(n):
        try:
            total += yield i
        except ValueError as e:
            print(e)
    return [y * 2 for y in range(total)]

def pos_only(p, /, q, *, r=3):
    return [p, q, r], (p, q)

def text(name, width):
    return f'{name!r:>{width}} {len(name)}'

for f in [outer, outer(1, k=2), gen, pos_only, text]:
    info = dis.code_info(f)
    print('\n'.join(line for line in info.splitlines() if 'code object' not in line and 'Filename' not in line))
    print('---')
dis.show_code(lambda: None)
