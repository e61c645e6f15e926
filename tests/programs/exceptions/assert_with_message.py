# assert with a message: caught, the message is the exception's argument.
def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    assert amount <= balance, ("insufficient", balance)
    return balance - amount

print(withdraw(10, 3))
for amt in (-1, 50):
    try:
        withdraw(10, amt)
    except AssertionError as e:
        print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
