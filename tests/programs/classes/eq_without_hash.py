# Defining __eq__ without __hash__ makes instances unhashable.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

print(Money(5) == Money(5), Money(5) == Money(6))
print(Money.__hash__)
wallet = {Money(5)}
