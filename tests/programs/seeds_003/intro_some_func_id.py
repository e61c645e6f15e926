# seeds/003_4cacf86aecec5050.txt, Introduction: the object returned by some_func is the same object (ids compared instead of printed, since raw ids vary).
ids = []

def some_func():
    something_to_return = 10
    ids.append(id(something_to_return))
    print(f"id(something_to_return) recorded")
    return something_to_return

x = some_func()
print(id(x) == ids[0])
