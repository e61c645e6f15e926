# seeds/002_2fc762ed25bdb8ee.txt, Part 4 nonlocal Walks All Enclosing Scopes: level3's nonlocal x skips level2 and finds level1's x.
def level1():
    x = "level1"
    def level2():
        # x is not defined in level2
        def level3():
            nonlocal x # finds x in level1, skips level2
            x = "modified by level3"
        level3()
        print(x) # modified by level3
    level2()
level1()
# modified by level3
