# \x in a bytes literal needs two hex digits
y = b'ok' b"ab\xzz"
