# seeds/004_d0a714c7296f60be.txt, Part 7 Fix 2: make_adder gives each adder its own n cell.
# Fix 2: factory function creates a new scope for each i
def make_adder(n):
    def adder(x):
        return x + n # captures n, not i - n is a new variable each call
    return adder

adders = [make_adder(i) for i in range(5)]

print(adders[0](10)) # 10
print(adders[1](10)) # 11
print(adders[2](10)) # 12
