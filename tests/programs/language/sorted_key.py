# sorted with key= and reverse=; sort is stable.
words = ["banana", "Apple", "cherry", "date", "fig"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
people = [("ada", 36), ("alan", 41), ("grace", 36)]
print(sorted(people, key=lambda p: p[1]))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: len(p[0])))
