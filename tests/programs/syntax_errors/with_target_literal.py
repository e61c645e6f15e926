with open_door() as 1:
    pass
