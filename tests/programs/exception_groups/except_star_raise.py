# What leaves a try with except*: re-raised parts, new exceptions, the rest.
def attempt(body):
    try:
        body()
    except BaseException as e:
        print(type(e).__name__, repr(e))
        subs = e.exceptions if isinstance(e, BaseExceptionGroup) else ()
        for sub in subs:
            print("   ", repr(sub), "context:", repr(sub.__context__))

def reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")

def raise_new_and_rest_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("only")

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise

def naked_raise_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise RuntimeError("replaced")

def two_handlers_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError("x")])
    except* ValueError:
        raise KeyError("from V")
    except* TypeError:
        raise
    
def raise_e():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise e

for body in [reraise, raise_new, raise_new_and_rest_handled, naked_reraise,
             naked_raise_new, two_handlers_raise, raise_e]:
    print(body.__name__ + ":")
    attempt(body)

# catching classes that are not exceptions, or groups, is a TypeError
for t in [int, ExceptionGroup, (ValueError, BaseExceptionGroup)]:
    try:
        try:
            raise ValueError()
        except* t:
            pass
    except TypeError as e:
        print("TypeError:", e)
