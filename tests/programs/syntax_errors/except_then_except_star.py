# except* after except on one try
try:
    pass
except TypeError:
    pass
except* ValueError:
    pass
