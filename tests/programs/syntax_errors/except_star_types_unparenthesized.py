# several types need parentheses after except* too
try:
    pass
except* ValueError, TypeError:
    pass
