# raise ... from None hides the original exception in the traceback.
def to_int(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError(f"expected digits, got {text!r}") from None

print(to_int("12"))
print(to_int("twelve"))
