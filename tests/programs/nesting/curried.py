# Currying with lambdas: each lambda closes over everything before it.
add3 = lambda a: lambda b: lambda c: a + b + c
print(add3(1)(2)(3))
step = add3("x")("y")
print(step("z"))
print(step.__code__.co_freevars)
