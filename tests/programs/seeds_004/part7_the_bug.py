# seeds/004_d0a714c7296f60be.txt, Part 7 The Bug: five module-level lambdas all add the final i (4).
# Trying to create 5 functions that add 0, 1, 2, 3, 4 respectively
adders = []
for i in range(5):
    adders.append(lambda x: x + i)

print(adders[0](10)) # 14 - expected 10, got 14!
print(adders[1](10)) # 14
print(adders[2](10)) # 14
print(adders[3](10)) # 14
print(adders[4](10)) # 14
