# The frame of make_secret is gone, yet its local lives on in a cell.
def make_secret(word):
    letters = list(word)
    def reveal():
        return "".join(letters)
    def length():
        return len(letters)
    return reveal, length

reveal, length = make_secret("closure")
print(reveal(), length())
other, _ = make_secret("cell")
print(other(), reveal())
print(reveal.__closure__[0] is length.__closure__[0])
print(reveal.__closure__[0] is other.__closure__[0])
