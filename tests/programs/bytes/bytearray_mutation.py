# bytearray changes in place: item and slice assignment, append/extend/pop/insert/remove/clear/reverse, +=, *=, del; aliases see it
import sys
ba = bytearray(b'hello')
alias = ba
ba[0] = 74
ba[-1] = ord('y')
print(ba, alias, alias is ba)
ba[1:3] = b'EL'
print(ba)
ba[1:3] = [1, 2, 3]
print(ba, len(ba))
ba[::2] = b'abc'
print(ba)
ba[2:2] = bytearray(b'++')
print(ba)
del ba[0]
del ba[-2:]
print(ba)
del ba[::2]
print(ba)
ba.append(33)
ba.extend(b'ok')
ba.extend([48, 49])
ba.extend(range(50, 52))
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.insert(-1, 66)
ba.insert(100, 67)
print(ba)
ba.remove(66)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba == c, len(ba))
ba += b'!!'
print(ba, alias is ba)
ba *= 2
print(ba, alias is ba)
frozen = b'ab'
before = frozen
frozen += b'cd'
print(frozen, before, frozen is before)
for n in [0, 1, 10, 100]:
    print(n, sys.getsizeof(bytes(n)), sys.getsizeof(bytearray(n)))
grow = bytearray()
sizes = []
for i in range(20):
    grow.append(i)
    sizes.append(sys.getsizeof(grow))
print(sizes)
g = bytearray()
g.extend(b'abcdef')
print(sys.getsizeof(g), end=' ')
g.extend(range(10))
print(sys.getsizeof(g), end=' ')
g += b'xyz'
print(sys.getsizeof(g), end=' ')
g.pop()
print(sys.getsizeof(g))
print(sys.getsizeof(b''), sys.getsizeof(b'abc'), sys.getsizeof(bytearray(b'abc')), sys.getsizeof('abc'.encode()))
