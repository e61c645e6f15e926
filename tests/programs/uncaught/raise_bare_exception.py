# Raising an exception class without arguments.
def stop():
    raise RuntimeError

stop()
