# case-insensitive comparison
words = ["Straße", "STRASSE", "strasse", "Maße"]
groups = {}
for w in words:
    groups.setdefault(w.casefold(), []).append(w)
print(groups)
