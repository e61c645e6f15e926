# getitem-based iteration with a dict-backed class
class Letters:
    def __init__(self, word): self.word = word
    def __getitem__(self, i): return self.word[i].upper()
print(list(Letters("abc")), "B" in Letters("abc"), "".join(Letters("hey")))
for i, ch in enumerate(Letters("xy")):
    print(i, ch)
