# the clause needs a body
try:
    pass
except* ValueError:
pass
