try:
    exec("print(len)", {"__builtins__": {}})
except NameError as e:
    print(e)
exec("print(abs(-3))", {"__builtins__": {"print": print, "abs": abs}})
ns = {"__builtins__": {"len": len}}
exec("n = len([1, 2])", ns)
print(ns["n"])
