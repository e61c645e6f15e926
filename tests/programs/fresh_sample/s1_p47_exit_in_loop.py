# quit out of a loop with exit()
for i in range(5):
    print(i)
    if i == 2:
        exit(0)
