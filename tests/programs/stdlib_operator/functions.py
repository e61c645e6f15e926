# operator's functions: arithmetic, comparison, in-place, sequence helpers
import operator as op
from functools import reduce

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-2.5), op.invert(5), op.inv(0), op.index(True))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(32, 2))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1.0), op.gt(1, 2), op.ge([2], [1, 5]))
print(op.not_([]), op.truth("x"), op.is_(None, None), op.is_not(1, None), op.contains("team", "ea"))
print(op.countOf([1, 1, 2, 1], 1), op.indexOf("abc", "c"), op.concat([1], [2]), op.concat("a", "b"))
nums = [1, 2, 3]
same = op.iadd(nums, [4])
print(same is nums, nums, op.iadd(1, 2), op.imul("ab", 2), op.ior({1}, {2}))
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.getitem(d, "b"), op.getitem("hello", slice(1, 3)), op.length_hint([1, 2]), op.length_hint(iter([]), 7))
print(reduce(op.mul, range(1, 6)), reduce(op.add, ["a", "b", "c"]), list(map(op.neg, [1, -2])))
print(op.call(max, 3, 9, key=op.neg), op.add, op.itemgetter)
table = {"+": op.add, "-": op.sub, "*": op.mul}
def calc(a, sym, b):
    return table[sym](a, b)
print(calc(6, "*", 7), calc(6, "-", 7))
