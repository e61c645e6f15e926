# A hand-written partial: freeze some arguments, take the rest later.
def partial(func, *frozen, **frozen_kw):
    def call(*args, **kwargs):
        merged = dict(frozen_kw)
        merged.update(kwargs)
        return func(*frozen, *args, **merged)
    return call

def describe(name, age, city="Paris"):
    return f"{name} is {age} and lives in {city}"

ada = partial(describe, "Ada")
print(ada(36))
print(ada(36, city="London"))
london = partial(describe, city="London")
print(london("Alan", 41))
