# A factory that returns a dict of closures behaves like a tiny object.
def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient funds"
        balance -= amount
        return balance
    def get():
        return balance
    return {"deposit": deposit, "withdraw": withdraw, "balance": get}

acct = make_account(100)
print(acct["deposit"](50))
print(acct["withdraw"](500))
print(acct["withdraw"](30))
print(acct["balance"]())
