# find/rfind/index/rindex/count/startswith/endswith with start and end
s = 'abracadabra'
print(s.find('bra'), s.rfind('bra'), s.find('bra', 2), s.find('bra', 2, 8), s.find('x'), s.find(''), s.find('', 20))
print(s.index('cad'), s.rindex('a'), s.count('a'), s.count('a', 4), s.count(''), s.count('a', -3, -1))
print(s.startswith('abr'), s.startswith(('x', 'ab')), s.startswith('bra', 1), s.endswith('bra'), s.endswith('cad', 0, 7), s.endswith(()))
print('héllo wörld'.find('w'), 'héllo'.index('l'), 'ééé'.count('é'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: s.index('x'))
t(lambda: s.rindex('x'))
t(lambda: s.find())
t(lambda: s.find(1))
t(lambda: s.startswith(1))
t(lambda: s.startswith((1,)))
