# except* (exception groups) is outside the subset: a clear SyntaxError at its line.
try:
    pass
except* ValueError:
    pass
