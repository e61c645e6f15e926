# __init__ stores instance attributes; methods read and update them through self.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def describe(self):
        return f"{self.owner}: {self.balance}"

a = Account("ann")
b = Account("bob", 10)
print(a.deposit(5), a.deposit(7))
print(b.describe(), a.describe())
print(Account.deposit(b, 3))
print(type(a).__name__, Account.__name__, Account.deposit.__qualname__)
print(Account.__init__.__code__.co_varnames)
