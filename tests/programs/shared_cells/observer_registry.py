# A shared list of callbacks: subscribe adds, notify calls them all.
def make_event():
    handlers = []
    def subscribe(fn):
        handlers.append(fn)
        return fn
    def notify(msg):
        for h in handlers:
            h(msg)
        return len(handlers)
    return subscribe, notify

subscribe, notify = make_event()
subscribe(lambda m: print("A got", m))
subscribe(lambda m: print("B got", m.upper()))
print(notify("hello"))
