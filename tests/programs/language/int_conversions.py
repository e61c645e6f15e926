# int(), str(), bool() and friends converting between types.
print(int("0"), int("-12"), int(" 7\n"), int(True), int(2.9))
print(str(3.0), str(-0), str([1]), str(True))
print(bool(""), bool(" "), bool(None), bool({}), bool({0}))
print(float("3"), float("-2.5e3"), float(10 ** 3))
print(round(2.5), round(3.5), round(2.675, 2))
print(int("1" * 25) + 1)
