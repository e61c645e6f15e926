# string comparison and sorting with unicode
words = ["éclair", "apple", "Zebra", "zoo", "Éa"]
print(sorted(words), sorted(words, key=str.casefold), "a" < "B", "a" < "b", min(words))
