# Factory closures: 200,000 small closures created, kept alive in a list, then
# each called once and the results summed.
def make_adder(k):
    def add(x):
        return x + k
    return add

adders = []
for i in range(200000):
    adders.append(make_adder(i))
total = 0
for f in adders:
    total += f(7)
print("factories", len(adders), total)
