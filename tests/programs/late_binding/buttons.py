# The "buttons" bug: every handler reports the last label.
def make_buttons(labels):
    handlers = {}
    for label in labels:
        handlers[label] = lambda: f"clicked {label}"
    return handlers

hs = make_buttons(["ok", "cancel", "help"])
for name in hs:
    print(name, "->", hs[name]())

def make_buttons_fixed(labels):
    return {label: (lambda label=label: f"clicked {label}") for label in labels}

hs = make_buttons_fixed(["ok", "cancel", "help"])
for name in hs:
    print(name, "->", hs[name]())
