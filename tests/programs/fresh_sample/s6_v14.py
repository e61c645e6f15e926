# attribute error suggestions
class Config:
    def __init__(self): self.timeout = 5
c = Config()
try:
    c.timout
except AttributeError as e:
    print(e)
c.timout
