# ** with a custom mapping class
class Settings:
    def __init__(self, **kw): self._d = kw
    def keys(self): return self._d.keys()
    def __getitem__(self, k): return self._d[k]
def connect(host, port=80):
    return f"{host}:{port}"
s = Settings(host="example.org", port=443)
print(connect(**s), {**s, "x": 1})
