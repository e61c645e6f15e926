# seeds/000_27bc754d294148a3.txt, 39 (intro): make_adder's inner add keeps using n after make_adder returned.
def make_adder(n):
    def add(x):
        return x + n
    return add

add10 = make_adder(10)
print(add10(5))
