# leading comment

x = 1  # trailing


def f():
    # inside

    return 1
    # after

# end
