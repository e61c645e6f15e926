# seeds/004_d0a714c7296f60be.txt, Part 7 Why This Happens: at module level i is a global, so co_freevars is empty and __closure__ is None; the chapter's claim fails with TypeError.
adders = []
for i in range(5):
    adders.append(lambda x: x + i)

# At this point: i = 4 (the loop variable's final value)
# All lambdas' closures point to the same cell holding i
print([f.__code__.co_freevars for f in adders])
# [('i',), ('i',), ('i',), ('i',), ('i',)] - all capture 'i'

cell_id = id(adders[0].__closure__[0])
print(all(id(f.__closure__[0]) == cell_id for f in adders))
# True - all five lambdas share the SAME cell object!
