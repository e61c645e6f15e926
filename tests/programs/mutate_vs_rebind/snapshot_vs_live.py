# Capturing the list is capturing the live object; copy it to keep a snapshot.
def make():
    data = [1]
    live = lambda: data
    snapshot = lambda copy=list(data): copy
    data.append(2)
    return live, snapshot

live, snap = make()
print(live(), snap())
