# Subclasses of set, frozenset, bytes and bytearray.
class Tags(set):
    def add_all(self, *items):
        self.update(items)
        return self

t = Tags(["a", "b"])
t.add("c")
t.add_all("d", "a")
print(sorted(t), len(t), "a" in t, type(t).__name__, isinstance(t, set))
print(sorted(t | {"z"}), type(t | {"z"}).__name__, sorted(t & {"a", "q"}), t == {"a", "b", "c", "d"})
t -= {"a"}
print(sorted(t), type(t).__name__)
print(repr(Tags()), repr(Tags([1])))

class Frozen(frozenset):
    def describe(self):
        return f"{len(self)} items"

fr = Frozen([3, 1, 2])
print(sorted(fr), fr.describe(), {fr: 1}[frozenset({1, 2, 3})], repr(fr), fr | {4} == {1, 2, 3, 4})

class Packet(bytes):
    def checksum(self):
        return sum(self) % 256

p = Packet(b"\x01\x02\xff")
print(p, p.checksum(), len(p), p[0], p[1:], p.hex(), type(p[1:]).__name__, p == b"\x01\x02\xff")

class Buffer(bytearray):
    def push(self, b):
        self.append(b)

b = Buffer(b"ab")
b.push(99)
b.extend(b"de")
print(b, len(b), bytes(b), type(b).__name__, b[0], b.decode())
