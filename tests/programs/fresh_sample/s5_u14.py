# slicing with negative steps and big bounds
s = "abcdefgh"
print(s[::-1], s[-1:-4:-1], s[10:0:-2], s[-100:100], s[slice(None, None, -3)], s[5:2], list(range(10))[8:2:-3])
