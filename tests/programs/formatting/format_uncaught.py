# An invalid format spec inside a function: the traceback points at the f-string.
def show(label, value):
    return f"{label}: {value:.2f}"

print(show("pi", 3.14159))
print(show("name", "ann"))
