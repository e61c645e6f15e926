try:
    pass
except E:
    for a in b:
        for a in b:
            for a in b:
                for a in b:
                    for a in b:
                        for a in b:
                            for a in b:
                                for a in b:
                                    for a in b:
                                        for a in b:
                                            for a in b:
                                                for a in b:
                                                    for a in b:
                                                        for a in b:
                                                            for a in b:
                                                                for a in b:
                                                                    for a in b:
                                                                        for a in b:
                                                                            for a in b:
                                                                                pass
