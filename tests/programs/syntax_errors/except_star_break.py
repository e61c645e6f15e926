# break cannot leave an except* clause, even through a finally
for i in range(3):
    try:
        pass
    except* ValueError:
        try:
            pass
        finally:
            break
