# raise ... from ... prints the cause first, then "the direct cause" line.
class ConfigError(Exception):
    pass

def read_setting(settings, name):
    try:
        return settings[name]
    except KeyError as exc:
        raise ConfigError(f"missing setting {name!r}") from exc

def main():
    settings = {"debug": True}
    print(read_setting(settings, "debug"))
    print(read_setting(settings, "port"))

main()
