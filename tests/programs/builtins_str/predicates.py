# is* predicates
for s in ['abc', 'ABC', 'Abc', 'abc123', '123', '', ' \t', 'Hello World', 'hello World', '_x1', '1x', '³', 'ab cd']:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isdecimal(), s.isnumeric())
