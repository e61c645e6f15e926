# except Exception does not catch KeyboardInterrupt; BaseException does.
def guarded(exc):
    try:
        try:
            raise exc
        except Exception:
            return "caught by Exception"
    except BaseException as e:
        return f"escaped as {type(e).__name__}"

print(guarded(ValueError()))
print(guarded(KeyboardInterrupt()))
print(guarded(OverflowError("too big")))
