# except* in a loop with finally, nested in another, and in a coroutine
import dis
def f(items):
    for x in items:
        try:
            g(x)
        except* ValueError:
            continue_here = 1
        except* TypeError as e:
            print(e)
        finally:
            print("done")
    return 1

def h():
    try:
        try:
            pass
        except* KeyError as k:
            raise
    except* OSError:
        pass
    else:
        return 2

async def co():
    try:
        await co()
    except* ValueError:
        pass
dis.dis(f)
dis.dis(h)
dis.dis(co)
