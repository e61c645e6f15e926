# SystemExit subclass and exit code from a bool
class Done(SystemExit):
    pass
try:
    raise Done(3)
except SystemExit as e:
    print(type(e).__name__, e.code)
raise SystemExit(True)
