# del of a name also makes it local to the function.
name = "module"

def forget():
    print("about to forget")
    del name

forget()
