# except and except* cannot share a try
try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
