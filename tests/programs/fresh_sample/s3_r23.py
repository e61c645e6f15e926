# add_note on a custom exception, shown when uncaught
class ConfigError(Exception):
    pass
def load(path):
    err = ConfigError(f"cannot read {path}")
    err.add_note("check the file name")
    err.add_note("and the permissions")
    raise err
try:
    load("a.cfg")
except ConfigError as e:
    print(e, len(e.__notes__))
load("b.cfg")
