# A global declaration can create a module-level name that did not exist.
def setup():
    global config
    config = {"debug": True}

print("before setup")
setup()
print(config)
