# A global that was never assigned gives a NameError when read.
def show():
    global missing
    return missing

show()
