# print to a collecting writer object
class Collect:
    def __init__(self): self.buf = []
    def write(self, s):
        self.buf.append(s)
        return len(s)
c = Collect()
print("x", 1, sep="=", end=";", file=c)
print(file=c)
print(c.buf, "".join(c.buf))
