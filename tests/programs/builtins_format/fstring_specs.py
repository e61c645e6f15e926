# f-strings with format specs and conversions
x, n, s = 3.14159, 1234567, 'cell'
print(f'{x:.2f} {x:10.3e} {n:,} {n:_x} {n:>12,} {s:*^10} {s!r:>8} {-x:+.1f} {0.25:.0%}')
print(f'{n:b}', f'{n:o}', f'{255:#X}', f'{True:d}', f'{False:>5}', f'{None!s:>6}', f'{[1, 2]!s:>8}')
w, p = 8, 3
print(f'[{x:{w}.{p}}] [{s:{"<"}{w}}] [{n:{w},}]')
print(f'{2**70:,}', f'{-0.0:.1f}', f'{-0.0001:z.2f}', f'{1e300 * 10:f}', f'{float("nan"):+}')
