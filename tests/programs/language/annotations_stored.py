# annotations in a module or class body are stored in __annotations__ (SETUP_ANNOTATIONS); in a function they are not evaluated
import dis

class Account:
    owner: str
    balance: float = 0.0
    __secret: int

count: int = 3
label: str
if count:
    flag: bool

def body():
    local: UndefinedName = 1
    return local

print(Account.__annotations__, Account.balance, __annotations__, count, body())
dis.dis(body)
try:
    Account.owner
except AttributeError as e:
    print(e)
