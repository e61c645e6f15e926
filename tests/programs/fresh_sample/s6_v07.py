# int() of floats and strings with bases and errors
print(int(2.9), int(-2.9), int("ff", 16), int("0b11", 0), int("  -7\n"), int(True))
for bad in ["1.5", "", "0x", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
