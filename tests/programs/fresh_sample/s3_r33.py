# typo: tuple called without comma in a list of pairs
def pairs():
    return [(1, 2)
            (3, 4)]
try:
    pairs()
except TypeError as e:
    print(e)
