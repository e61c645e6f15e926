# seeds/004_d0a714c7296f60be.txt, Level 2 Debug Challenge (bug 3): the buggy log returns the internal list, so a caller can corrupt it (calls added).
def make_logger(prefix):
    logs = []
    def log(message):
        logs.append(f"{prefix}: {message}")
        return logs # bug 3: returns shared mutable state

    return log

log = make_logger("app")
seen = log("start")
seen.append("injected")
print(log("stop"))
