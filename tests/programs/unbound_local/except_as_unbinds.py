# "except ... as e" deletes e when the handler ends.
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught", e)
    print(e)

f()
