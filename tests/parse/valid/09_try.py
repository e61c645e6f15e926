try:
    risky()
except ValueError as e:
    print(e)
except (TypeError, KeyError) as e:
    raise RuntimeError("bad") from e
except:
    raise
else:
    ok()
finally:
    cleanup()
try:
    pass
finally:
    pass
try:
    x = 1
except Exception:
    pass
