# The first matching except clause wins; a tuple catches several types.
def classify(thing):
    try:
        return thing()
    except (KeyError, IndexError) as e:
        return "lookup error: " + type(e).__name__
    except ArithmeticError as e:
        return "arithmetic: " + str(e)
    except Exception as e:
        return "other: " + type(e).__name__

print(classify(lambda: [][1]))
print(classify(lambda: {}[1]))
print(classify(lambda: 1 % 0))
print(classify(lambda: int("z")))
print(classify(lambda: "fine"))
