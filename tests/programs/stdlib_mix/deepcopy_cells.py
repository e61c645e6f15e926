# deepcopy of data holding closures: the functions (and their cells) are shared, the lists are not
import copy

def make_acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add

add = make_acc()
state = {"fn": add, "data": [1, [2, 3]]}
clone = copy.deepcopy(state)
clone["data"][1].append(4)
print(state["data"], clone["data"], clone["fn"] is add)
print(clone["fn"](10), add(5), add.__closure__[0].cell_contents)
shallow = copy.copy(state)
print(shallow["data"] is state["data"], shallow is state)
