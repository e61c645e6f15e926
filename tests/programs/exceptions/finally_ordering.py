# finally runs on every exit path: normal, return, break, continue, exception.
log = []

def f(mode):
    for i in range(2):
        try:
            log.append(f"{mode}{i}")
            if mode == "ret":
                return "returned"
            if mode == "brk":
                break
            if mode == "cont":
                continue
            if mode == "err":
                raise KeyError(mode)
        except KeyError:
            log.append("except")
        else:
            log.append("else")
        finally:
            log.append("finally")
    return "end"

for m in ["ret", "brk", "cont", "err", "ok"]:
    print(m, f(m), log)
    log.clear()
