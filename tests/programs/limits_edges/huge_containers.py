# Containers of a huge range: MemoryError at once, as CPython's preallocation fails.
r = range(10**12)
for name, f in [('list', lambda: list(r)), ('tuple', lambda: tuple(r)), ('sorted', lambda: sorted(r)), ('star', lambda: [*r]), ('print', lambda: print(*r)), ('repeat', lambda: [0] * 10**12), ('str', lambda: 'ab' * 10**12), ('pad', lambda: f'{1:>{10**12}}')]:
    try:
        f()
        print(name, 'ok')
    except MemoryError as e:
        print(name, 'MemoryError', repr(e))
