# raise with a message, from a nested function.
def parse_age(text):
    def check(n):
        if n < 0:
            raise ValueError(f"age cannot be negative: {n}")
        return n
    return check(int(text))

print(parse_age("30"))
parse_age("-4")
