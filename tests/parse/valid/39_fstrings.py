a = f"{x!r:>{width}.{prec}}"
b = f"{x:{'>' if left else '<'}10}"
c = f'{"a" + "b"}'
d = f"{x=!r:^20}"
e = f"""{
    x
}"""
f = f"{x:%Y-%m-%d}"
g = f"a{{b}}c{d}e"
h = f"{x}" f"{y}"
i = rf"\d{x}"
j = f"{x,}"
k = f"{3.14:.2f}"
l = f"{ x = }"
m = f"{{}}"
n = f"{'{'}"
