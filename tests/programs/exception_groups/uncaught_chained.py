# A group raised while handling another exception, and a group as a cause.
def work():
    try:
        {}["missing"]
    except KeyError as k:
        raise ExceptionGroup("while handling", [ValueError("v"), k])

try:
    work()
except ExceptionGroup as g:
    raise RuntimeError("wrapped") from g
