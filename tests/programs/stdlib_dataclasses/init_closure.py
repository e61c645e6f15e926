# the generated __init__ is a real closure over the field types and defaults (as in CPython)
from dataclasses import dataclass, field

@dataclass
class Config:
    name: str
    retries: int = 3
    hosts: list = field(default_factory=list)

init = Config.__init__
print(init.__code__.co_freevars)
print(init.__code__.co_varnames)
print(sorted(c.cell_contents.__name__ for c in init.__closure__ if isinstance(c.cell_contents, type)))
print(Config("db"), Config.__repr__.__wrapped__.__code__.co_freevars)
