# ChainMap: lookups through a chain of scopes (like LEGB), new_child, parents, writes go first
from collections import ChainMap

builtins_ = {"len": "builtin len", "print": "builtin print"}
module = {"x": "global x"}
local = {"x": "local x", "y": 1}
scope = ChainMap(local, module, builtins_)
print(scope["x"], scope["len"], len(scope), sorted(scope), "print" in scope, scope.get("nope", 0))
inner = scope.new_child({"y": 2})
print(inner["y"], inner.parents["y"], inner.maps[0], len(inner.maps))
inner["z"] = 3
print(inner.maps[0], "z" in scope)
print(ChainMap({"a": 1}, {"a": 2, "b": 3}), ChainMap(), list(ChainMap({"a": 1}, {"b": 2})))
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})), ChainMap({"a": 1}) == {"a": 1})
print(scope.keys(), list(scope.items())[:2], sorted(scope.values(), key=str)[:2])
try:
    scope["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del inner["x"]
except KeyError as e:
    print("KeyError", e)
