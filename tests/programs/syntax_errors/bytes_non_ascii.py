# a bytes literal holds ASCII characters only
x = 1
y = b'abé'
