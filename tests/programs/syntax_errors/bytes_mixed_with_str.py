# bytes and str literals cannot be joined
x = 1
y = ('a'
     b'b')
