# slots and weakref-less objects, __slots__ string form
class Node:
    __slots__ = "value", "next"
    def __init__(self, value, next=None):
        self.value, self.next = value, next
n = Node(1, Node(2))
print(n.value, n.next.value, n.next.next)
try:
    n.prev = None
except AttributeError as e:
    print(e)
print(type(Node.value).__name__, sorted(Node.__slots__))
