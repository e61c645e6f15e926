# quit() ends the script with status 0.
print("one")
quit()
print("two")
