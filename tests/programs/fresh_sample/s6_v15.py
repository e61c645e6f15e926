# name error suggestion in a function using a global
values = [1, 2]
def total():
    return sum(valeus)
total()
