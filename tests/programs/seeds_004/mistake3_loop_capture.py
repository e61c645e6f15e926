# seeds/004_d0a714c7296f60be.txt, Common Mistakes 3 The Loop Variable Capture Bug: comprehension lambdas print 2 three times; i=i fixes it.
# Wrong - all functions capture the same loop variable
handlers = [lambda: print(i) for i in range(3)]
handlers[0]() # 2 - not 0!
handlers[1]() # 2 - not 1!
handlers[2]() # 2

# Right - default argument captures the value at creation
handlers = [lambda i=i: print(i) for i in range(3)]
handlers[0]() # 0
handlers[1]() # 1
handlers[2]() # 2
