# seeds/004_d0a714c7296f60be.txt, intro "predict every output": count += 1 without nonlocal raises UnboundLocalError (3.11 wording differs from the chapter's).
def make_counter():
    count = 0
    def increment():
        count += 1
        return count
    return increment

c = make_counter()
print(c()) # ?
