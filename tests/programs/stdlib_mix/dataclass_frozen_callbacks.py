# a frozen dataclass holding a callback closure; replace() makes a new one sharing the same callback
from dataclasses import dataclass, replace, FrozenInstanceError

def make_greeting(word):
    def greet(name):
        return f"{word}, {name}!"
    return greet

@dataclass(frozen=True)
class Button:
    label: str
    on_click: object

b = Button("ok", make_greeting("Hi"))
b2 = replace(b, label="yes")
print(b.on_click("ann"), b2.on_click is b.on_click, b2.label, b.on_click.__closure__[0].cell_contents)
try:
    b.label = "no"
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
