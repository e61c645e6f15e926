# seeds/002_2fc762ed25bdb8ee.txt, Part 4 The nonlocal Keyword (with): nonlocal x writes through the shared cell.
def outer():
    x = 10
    def inner():
        nonlocal x
        x = 20 # modifies outer's x via the shared cell
        print(x)
    inner()
    print(x)
outer()
# 20
# 20 ← outer's x was modified
