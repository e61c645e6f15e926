# locals at module level and writing to it
x = 1
print(locals() is globals() if False else "x" in locals(), sorted(k for k in locals() if not k.startswith("__")))
