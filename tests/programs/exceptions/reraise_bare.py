# A bare raise re-raises the exception being handled, keeping its traceback.
def risky(n):
    if n > 1:
        raise NotImplementedError(f"n={n}")
    return n

def wrapper(n):
    try:
        return risky(n)
    except NotImplementedError as e:
        print("logging:", e)
        raise

print(wrapper(1))
wrapper(2)
