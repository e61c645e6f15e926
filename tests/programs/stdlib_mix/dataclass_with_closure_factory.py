# dataclass fields whose default_factory is a closure counting how many instances were made
from dataclasses import dataclass, field

def serial():
    n = 0
    def next_serial():
        nonlocal n
        n += 1
        return n
    return next_serial

@dataclass(order=True)
class Ticket:
    priority: int
    title: str = field(compare=False)
    number: int = field(default_factory=serial(), compare=False)

tickets = [Ticket(2, "b"), Ticket(1, "a"), Ticket(2, "c")]
print(sorted(tickets))
print([t.number for t in tickets], Ticket(0, "z"))
f = Ticket.__dataclass_fields__["number"].default_factory
print(f.__qualname__, f.__closure__[0].cell_contents)
