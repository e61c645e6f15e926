# A comprehension's conditions as CPython 3.11 numbers them: a comparison's
# jump has the comparison's line, and so does the element's store after it;
# `is None` keeps its None in co_consts after the jump is fused.
import dis

def evens_or_big(xs):
    return [x
            for x in xs
            if x % 2 == 0
            or x]

def truthy_or_big(xs):
    return [x
            for x in xs
            if x
            or x > 2]

def check(xs):
    if (xs
        or xs > 1):
        return 1

def live(store, now):
    return sum(
        1 for _, expiry in store
        if expiry is None or expiry > now
    )

dis.dis(evens_or_big)
dis.dis(truthy_or_big)
dis.dis(check)
dis.dis(live)
print(live([(1, None), (2, 5), (3, 1)], 2))
