# Methods and attributes (beyond SPEC §8's closure workloads): a class whose
# method reads and rebinds an instance attribute, called in a loop.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

acc = Account(0)
total = 0
for i in range(2000000):
    total += acc.deposit(i % 10)
print("methods", acc.balance, total)
