# else runs when nothing was raised; finally runs always.
def run(x):
    try:
        result = 10 // x
    except ZeroDivisionError as e:
        print("  except:", e)
        result = None
    else:
        print("  else: no error")
    finally:
        print("  finally")
    return result

print(run(2))
print(run(0))
