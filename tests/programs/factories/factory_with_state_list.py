# A closure over a list: the function keeps a growing history.
def make_logger(prefix):
    history = []
    def log(msg):
        history.append(msg)
        print(f"[{prefix}] {msg} (#{len(history)})")
        return history
    return log

info = make_logger("info")
warn = make_logger("warn")
info("starting")
warn("disk almost full")
h = info("done")
print(h)
