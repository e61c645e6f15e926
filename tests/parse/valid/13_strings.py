a = 'single'
b = "double"
c = '''triple
quoted'''
d = """also
triple"""
e = r'raw\n'
f = 'esc\n\t\\\'\"\x41\u0042\U00000043\101'
g = 'implicit' "concat"
h = f"{a}"
i = f"{a!r} {b!s} {c!a}"
j = f"{x:.2f} {y:>8} {z:>{width}}"
k = f"{{literal}} {a}"
l = f"{x=}"
m = "plain" f"mixed {a}" 'tail'
n = u'unicode'
o = rf'raw {a}\n'
p = 'unknown \d escape'
q = F"{a + b}"
r = f'{"nested"}'
s = f"{x = }"
t = f"{x=:.2f}"
u = f"{x=!s}"
v = f"{ {'a': 1}['a'] }"
