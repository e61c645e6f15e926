# continue inside a loop inside the clause is fine; the last one is not
for i in range(3):
  try:
    pass
  except* ValueError:
    while 1:
        continue
    try:
        pass
    except ValueError:
        continue
