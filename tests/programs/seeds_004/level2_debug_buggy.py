# seeds/004_d0a714c7296f60be.txt, Level 2 Debug Challenge (buggy code): the multipliers all use i = 3, and adder(30) raises UnboundLocalError.
def make_pipeline(*steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value
    return run

def make_multiplier_table(n):
    multipliers = []
    for i in range(1, n + 1):
        multipliers.append(lambda x: x * i) # bug 1
    return multipliers

def make_bounded_adder(limit):
    total = 0
    def add(value):
        total += value # bug 2
        if total > limit:
            raise ValueError(f"Limit {limit} exceeded: total={total}")
        return total
    return add

def make_logger(prefix):
    logs = []
    def log(message):
        logs.append(f"{prefix}: {message}")
        return logs # bug 3: returns shared mutable state

    return log

pipeline = make_pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline(" Hello World "))

mults = make_multiplier_table(3)
print(mults[0](5)) # should be 5
print(mults[1](5)) # should be 10
print(mults[2](5)) # should be 15

adder = make_bounded_adder(100)
print(adder(30))
print(adder(40))
