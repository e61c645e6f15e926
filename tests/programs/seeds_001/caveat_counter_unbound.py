# seeds/001_a263f8b862c3707a.txt, "The Caveat: Mutability and nonlocal": count += 1 without nonlocal; printing the function works, calling it raises UnboundLocalError.
def make_counter():
    count = 0

    def tick():
        # ERROR!
        count += 1
        return count

    return tick


my_counter = make_counter()
print(my_counter)

my_counter()
