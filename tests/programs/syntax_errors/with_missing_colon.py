with m() as x
    pass
