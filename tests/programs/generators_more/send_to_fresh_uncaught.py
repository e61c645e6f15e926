# Sending a value to a just-started generator is a TypeError.
def echo():
    while True:
        received = yield
        print("got", received)

e = echo()
next(e)
e.send("a")
e2 = echo()
e2.send("b")
