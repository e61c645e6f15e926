# fields, asdict, astuple, replace, is_dataclass, make_dataclass
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass

@dataclass
class Item:
    name: str
    price: float = 1.0
    tags: list = field(default_factory=list, repr=False)

@dataclass
class Order:
    items: list
    note: str = ""

o = Order([Item("pen", 2.5, ["office"]), Item("cup")])
print([f.name for f in fields(o)], fields(Item)[1].default, fields(Item)[2].default_factory)
print(asdict(o))
print(astuple(o))
cheap = replace(o.items[0], price=0.5)
print(cheap, cheap.tags is o.items[0].tags, o.items[0])
print(is_dataclass(o), is_dataclass(Order), is_dataclass(3))
Pair = make_dataclass("Pair", [("left", int), ("right", int, field(default=0))])
print(Pair(1), Pair(1, 2) == Pair(1, 2), Pair.__module__)
print(field(default=1))
