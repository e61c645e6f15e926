# The closure reads a free variable whose cell was emptied by del.
def outer():
    token = "abc"
    def use():
        return token.upper()
    del token
    return use

use = outer()
use()
