# items += [x] mutates the list, but it is still an assignment to items.
def outer():
    items = [1]
    def extend():
        items += [2]
    try:
        extend()
    except UnboundLocalError as e:
        print("error:", e)
    def extend_ok():
        items.extend([2])
    extend_ok()
    return items

print(outer())
