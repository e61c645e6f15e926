# attribute validation with __setattr__ and super()
class Config:
    allowed = {"host", "port"}
    def __setattr__(self, name, value):
        if name not in self.allowed:
            raise AttributeError(f"unknown setting {name!r}")
        if name == "port" and not isinstance(value, int):
            raise TypeError("port must be an int")
        super().__setattr__(name, value)
c = Config()
c.host = "localhost"
c.port = 8080
print(vars(c))
for name, value in [("debug", True), ("port", "80")]:
    try:
        setattr(c, name, value)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
