# exception notes on a chained exception
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        err = ValueError("outer")
        err.add_note("note on outer")
        raise err from e
except ValueError as e:
    print(e.__notes__, repr(e.__cause__))
    raise
