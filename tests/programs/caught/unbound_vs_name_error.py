# UnboundLocalError is a NameError; the free-variable message differs from both.
def local_case():
    print(v)
    v = 1

def free_case():
    def inner():
        return w
    w = 0
    del w
    return inner

for fn in (local_case, lambda: undefined, lambda: free_case()()):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, "|", e)
