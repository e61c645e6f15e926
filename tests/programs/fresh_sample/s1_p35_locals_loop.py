# locals in a class body and a function loop
class Config:
    debug = False
    level = 3
    names = sorted(k for k in locals() if not k.startswith("_"))
print(Config.names)
def f():
    for i in range(2):
        pass
    return sorted(locals().items())
print(f())
