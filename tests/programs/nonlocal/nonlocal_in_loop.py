# A closure called in a loop updates the enclosing variable each time.
def tally(words):
    longest = ""
    def consider(w):
        nonlocal longest
        if len(w) > len(longest):
            longest = w
    for w in words:
        consider(w)
    return longest

print(tally(["a", "closure", "cell", "environment", "x"]))
print(tally([]))
