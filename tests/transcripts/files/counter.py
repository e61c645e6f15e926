def make_counter(start):
    count = start
    def step():
        nonlocal count
        count += 1
        return count
    return step

tick = make_counter(10)
print('loaded', tick())
