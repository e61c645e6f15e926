# except* as CPython 3.11 compiles it: CHECK_EG_MATCH, the raised list, PREP_RERAISE_STAR
import dis
def f():
    try:
        g()
    except* ValueError as e:
        h(e)
    except* (TypeError, KeyError):
        k()
    else:
        z()
dis.dis(f)
