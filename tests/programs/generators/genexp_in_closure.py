# A closure that uses a genexp: the free variable passes through to the genexp.
def make_checker(banned):
    def check(words):
        return any(w in banned for w in words)
    return check

check = make_checker({"spam", "eggs"})
print(check(["ham", "spam"]))
print(check(["ham"]))
print(check.__code__.co_freevars)
