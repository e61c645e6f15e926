# A module-level function finds itself through a global name; an inner one through a cell.
def countdown(n):
    return "liftoff" if n == 0 else countdown(n - 1)

go = countdown
countdown = lambda n: "hijacked at " + str(n)
print(go(3))

def make():
    def countdown(n):
        return "liftoff" if n == 0 else countdown(n - 1)
    return countdown

go = make()
print(go(3))
print(go.__code__.co_freevars)
