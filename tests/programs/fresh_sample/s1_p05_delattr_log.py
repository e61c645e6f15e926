# __delattr__ and __getattr__ together
class Tracked:
    def __init__(self):
        self.log = []
    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)
    def __getattr__(self, name):
        return f"<missing {name}>"
t = Tracked()
t.a = 1
del t.a
print(t.a, t.log)
try:
    del t.b
except AttributeError as e:
    print("AttributeError:", e)
print(t.log)
