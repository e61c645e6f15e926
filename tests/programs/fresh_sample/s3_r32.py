# SyntaxWarning for is with a string literal
status = "ok"
if status is "ok":
    print("fine")
print(status is not "bad")
