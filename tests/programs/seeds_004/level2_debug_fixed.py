# seeds/004_d0a714c7296f60be.txt, Level 2 Debug Challenge (fixed version): i=i default, nonlocal total, list(logs) copy; the logger and the over-limit error are exercised too.
def make_pipeline(*steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value
    return run


def make_multiplier_table(n):
    multipliers = []
    for i in range(1, n + 1):
        multipliers.append(lambda x, i=i: x * i) # fix 1: default arg
    return multipliers


def make_bounded_adder(limit):
    total = 0
    def add(value):
        nonlocal total # fix 2: declare nonlocal
        total += value
        if total > limit:
            raise ValueError(f"Limit {limit} exceeded: total={total}")
        return total
    return add


def make_logger(prefix):
    logs = []
    def log(message):
        logs.append(f"{prefix}: {message}")
        return list(logs) # fix 3: return a copy, not the mutable list

    return log


pipeline = make_pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline(" Hello World ")) # hello_world

mults = make_multiplier_table(3)
print(mults[0](5)) # 5
print(mults[1](5)) # 10
print(mults[2](5)) # 15

adder = make_bounded_adder(100)
print(adder(30)) # 30
print(adder(40)) # 70

log = make_logger("app")
seen = log("start")
seen.append("injected")
print(log("stop"))
try:
    adder(50)
except ValueError as e:
    print(e)
