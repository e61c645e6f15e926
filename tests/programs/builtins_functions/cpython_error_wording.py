# CPython's wording for common TypeErrors, ValueErrors, IndexErrors and KeyErrors.
try: "abc" * "2"
except TypeError as e: print(e)
try: [1] * 2.0
except TypeError as e: print(e)
try: 2.0 * [1]
except TypeError as e: print(e)
try: "a" + 1
except TypeError as e: print(e)
try: 1 + "a"
except TypeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
x = 1.0
try: "x"[x]
except TypeError as e: print(e)
n = None
try: [1][n]
except TypeError as e: print(e)
try: -"a"
except TypeError as e: print(e)
try: "a" < 1
except TypeError as e: print(e)
try: {}[[1]]
except TypeError as e: print(e)
try: int("x")
except ValueError as e: print(e)
try: (1, 2)[5]
except IndexError as e: print(e)
try: "abc".index("z")
except ValueError as e: print(e)
try: [].pop()
except IndexError as e: print(e)
try: {}.popitem()
except KeyError as e: print(e)
try: set().pop()
except KeyError as e: print(e)
try: "a" % 1
except TypeError as e: print(e)
try: sum(["a", "b"])
except TypeError as e: print(e)
try: max([])
except ValueError as e: print(e)
except ImportError as e: print(type(e).__name__, e)
except ImportError as e: print(type(e).__name__, e)
