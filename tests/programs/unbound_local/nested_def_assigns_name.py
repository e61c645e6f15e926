# A def statement is an assignment too: defining helper later makes it local.
def helper():
    return "global helper"

def run():
    result = helper()
    def helper():
        return "local helper"
    return result

run()
