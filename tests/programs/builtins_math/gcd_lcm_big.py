# gcd and lcm on big and small ints, signs and zeros, as CPython computes
# them; lcm of 1..3000 accumulates a huge number against small ones.
import math
print(math.lcm(*range(1, 3000)) % 1000003)
print(math.gcd(2**200 * 3, 2**150 * 9), math.gcd(-12, 18), math.gcd(0, -7), math.gcd())
print(math.lcm(-4, 6), math.lcm(0, 5), math.lcm(4, 0, 6), math.lcm(), math.lcm(7))
print(math.gcd(10**40 + 1, 10**20 + 3), math.gcd(2**64, 2**63 * 5))
print(math.lcm(2**70, 3**40) == 2**70 * 3**40)
for bad in [(1.5, 2), ("a",)]:
    try:
        math.gcd(*bad)
    except TypeError as e:
        print(e)
