# Every augmented assignment works on a nonlocal name.
def demo():
    n = 10
    s = "ab"
    def ops():
        nonlocal n, s
        n += 5
        n -= 3
        n *= 4
        n //= 5
        n %= 7
        n **= 2
        s *= 3
        s += "!"
    ops()
    return n, s

print(demo())
