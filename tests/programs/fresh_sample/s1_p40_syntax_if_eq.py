# a comparison typo in a while loop
items = [1, 2]
while items.pop() = 1:
    pass
