# seeds/004_d0a714c7296f60be.txt, Part 7 Fix 1: lambda x, i=i: x + i snapshots i.
# Fix 1: default argument captures the value at creation time
adders = []
for i in range(5):
    adders.append(lambda x, i=i: x + i) # i=i evaluates i NOW

print(adders[0](10)) # 10
print(adders[1](10)) # 11
print(adders[2](10)) # 12
print(adders[3](10)) # 13
print(adders[4](10)) # 14
