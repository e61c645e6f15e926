# copying instances: __dict__ is copied (shallow or deep), cycles keep their shape, hooks are used
import copy

class Node:
    def __init__(self, value):
        self.value = value
        self.children = []

root = Node("root")
root.children.append(Node("leaf"))
root.self_ref = root
shallow = copy.copy(root)
deep = copy.deepcopy(root)
print(shallow.children is root.children, deep.children is root.children, deep.self_ref is deep)
print(type(deep).__name__, deep.children[0].value, vars(shallow).keys())

class Tracked:
    def __init__(self, items):
        self.items = items
    def __copy__(self):
        print("__copy__ called")
        return Tracked(self.items)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called with", type(memo).__name__)
        return Tracked(copy.deepcopy(self.items, memo))

t = Tracked([1, 2])
t1 = copy.copy(t)
t2 = copy.deepcopy(t)
print(t1.items is t.items, t2.items is t.items, t2.items)

class WithState:
    def __init__(self):
        self.log = ["made"]
    def __getstate__(self):
        return {"log": self.log + ["saved"]}

w = copy.deepcopy(WithState())
print(w.log)
e = copy.deepcopy(ValueError("bad", [1]))
print(repr(e), e.args)
