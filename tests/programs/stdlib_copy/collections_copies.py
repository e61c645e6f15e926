# copies of collections: defaultdict keeps its factory, deque its maxlen, namedtuple its class
import copy
from collections import defaultdict, deque, Counter, OrderedDict, namedtuple, ChainMap

dd = defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd)
dd2["a"].append(2)
dd2["b"]
print(dd, dd2, copy.copy(dd)["a"] is dd["a"])
dq = deque([[1]], maxlen=3)
dq2 = copy.deepcopy(dq)
dq2[0].append(5)
print(dq, dq2, copy.copy(dq), copy.copy(dq)[0] is dq[0])
P = namedtuple("P", "x y")
p = P([1], 2)
p2 = copy.deepcopy(p)
p2.x.append(3)
print(p, p2, type(p2).__name__, copy.copy(p) is p)
print(copy.deepcopy(Counter("aab")), copy.copy(OrderedDict(a=1)), copy.deepcopy(ChainMap({"k": [1]})))
