# CPython's 4300-digit limit holds for every int-to-decimal conversion,
# not only str(): %d, format with a separator, f-strings, str.format.
big = 10 ** 5000
small = 10 ** 4299
conversions = [
    lambda n: str(n),
    lambda n: repr(n),
    lambda n: "%d" % n,
    lambda n: "%i" % -n,
    lambda n: format(n, ","),
    lambda n: f"{n:_}",
    lambda n: "{:n}".format(n),
    lambda n: f"{n:>10}",
]
for convert in conversions:
    try:
        text = convert(big)
        print("converted", len(text))
    except ValueError as e:
        print(type(e).__name__, str(e)[:40])
    print(len(convert(small)))
print(hex(big)[:10], oct(big)[-3:])
