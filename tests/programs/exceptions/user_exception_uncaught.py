# An uncaught user exception: its __str__ appears after the class name.
class InsufficientFunds(Exception):
    def __init__(self, needed):
        self.needed = needed

    def __str__(self):
        return f"need {self.needed} more"

def pay(balance, price):
    if price > balance:
        raise InsufficientFunds(price - balance)
    return balance - price

print(pay(10, 4))
print(pay(10, 25))
