# dis of dict displays as CPython 3.11 compiles them: constant keys by BUILD_CONST_KEY_MAP, ** merged with DICT_UPDATE, big displays in chunks.
import dis
def f(a, b):
    x = {"a": a, "b": b}
    y = {**x, "c": 1, "d": 2}
    z = {"k": 1, **y, 1: 2}
    w = {}
    v = {(1, 2): a, -1: b}
    u = {a: 1, "b": 2}
    return x, y, z, w, v, u, {"s": 1}
dis.dis(f)
print(f(1, 2))
big = {i: i for i in range(3)}
print({"x": 1, "x": 2}, {**{"a": 1}, "a": 3})
def f(a):
    return {"k0": a, "k1": a, "k2": a, "k3": a, "k4": a, "k5": a, "k6": a, "k7": a, "k8": a, "k9": a, "k10": a, "k11": a, "k12": a, "k13": a, "k14": a, "k15": a, "k16": a, "k17": a}
def g(a):
    return {a + 0: 0, a + 1: 1, a + 2: 2, a + 3: 3, a + 4: 4, a + 5: 5, a + 6: 6, a + 7: 7, a + 8: 8, a + 9: 9, a + 10: 10, a + 11: 11, a + 12: 12, a + 13: 13, a + 14: 14, a + 15: 15, a + 16: 16}
dis.dis(f)
dis.dis(g)
print(f(1)["k17"], len(g(1)))
