# %-formatting: %s %d %r %.2f, width, a tuple of arguments and a dict.
name, n, x = "ann", 42, 2.71828
print("%s has %d items" % (name, n))
print("%r and %s" % (name, name))
print("%.2f|%8.3f|%-8.1f|%08.2f" % (x, x, x, x))
print("%5d|%-5d|%05d|%+d" % (n, n, n, n))
print("%x %X %o %e" % (255, 255, 8, 12345.678))
print("%(who)s is %(age)d" % {"who": "bob", "age": 30})
print("100%% sure, %s" % "yes")
print("%s" % [1, 2], "%s" % (None,), "%d" % 3.99)
print("%c%c" % (72, "i"))
