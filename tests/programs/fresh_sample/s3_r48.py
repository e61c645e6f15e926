# exception hierarchy catches
for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError("z"), ValueError("v")]:
    try:
        raise exc
    except LookupError as e:
        print("lookup", repr(e))
    except ArithmeticError as e:
        print("arith", repr(e))
    except Exception as e:
        print("other", type(e).__name__)
