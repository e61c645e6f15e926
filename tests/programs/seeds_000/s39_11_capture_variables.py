# seeds/000_27bc754d294148a3.txt, 39.11 Closures Capture Variables, Not Values: x is rebound to 2 before outer returns; inner sees 2.
def outer():
    x = 1

    def inner():
        return x

    x = 2
    return inner

fn = outer()
print(fn())
