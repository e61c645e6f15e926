# seeds/004_d0a714c7296f60be.txt, Level 1 Question 3: inc/dec/reset share a one-element list and start.
def counter_factory(start=0):
    state = [start]

    def inc():
        state[0] += 1
        return state[0]

    def dec():
        state[0] -= 1
        return state[0]

    def reset():
        state[0] = start

    return inc, dec, reset

inc, dec, reset = counter_factory(10)

print(inc())
print(inc())
print(dec())
reset()
print(inc())
