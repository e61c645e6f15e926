# exit inside nested calls with finally blocks
def level2():
    try:
        print("level2")
        quit(7)
    finally:
        print("cleanup 2")
def level1():
    try:
        level2()
    finally:
        print("cleanup 1")
level1()
