# a dataclass called with a missing argument, uncaught
from dataclasses import dataclass

@dataclass
class User:
    name: str
    email: str

print(User("ann", "a@x"))
User("bob")
