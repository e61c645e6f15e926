items = [1, 2]
results = [await x for x in items]
