# The name bound by "except ... as e" is deleted when the handler ends,
# so a closure over e finds an empty cell afterwards.
def capture():
    try:
        {}["k"]
    except KeyError as e:
        show = lambda: repr(e)
        print("inside the handler:", show())
    return show

show = capture()
print(capture.__code__.co_cellvars)
show()
