# modelling LEGB lookup with ChainMap, next to a real closure's lookup
from collections import ChainMap

builtin_ns = {"len": len, "x": "builtin"}
global_ns = {"x": "global"}

def enclosing():
    x = "enclosing"
    def local():
        return x
    return local

scope = ChainMap({}, {"x": "enclosing"}, global_ns, builtin_ns)
print(scope["x"], enclosing()(), scope.maps[0])
scope.maps[0]["x"] = "local"
print(scope["x"], scope.parents["x"], scope.parents.parents["x"])
child = scope.new_child({"y": 1})
print(len(child.maps), child["y"], "y" in scope, sorted(child))
