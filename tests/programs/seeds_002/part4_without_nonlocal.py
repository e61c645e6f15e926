# seeds/002_2fc762ed25bdb8ee.txt, Part 4 The nonlocal Keyword (without): x = 20 in inner makes a new local; outer's x stays 10.
def outer():
    x = 10
    def inner():
        x = 20 # creates a NEW local x, does not touch outer's x
        print(x)
    inner()
    print(x)
outer()
# 20 ← inner's local x
# 10 ← outer's x is unchanged
