# text statistics with casefold and sorted counts
text = "The the THE cat Cat"
counts = {}
for w in text.split():
    k = w.casefold()
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
