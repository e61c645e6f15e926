# A closure reads its variable when called, so later changes show through.
def outer():
    msg = "early"
    def speak():
        return msg
    first = speak()
    msg = "late"
    return first, speak()

print(outer())
