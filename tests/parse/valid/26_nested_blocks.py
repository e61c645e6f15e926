def a():
    def b():
        def c():
            if x:
                for i in y:
                    while z:
                        try:
                            pass
                        except E:
                            pass
            return c
        return b
    return a
x = 1
