# expandtabs, maketrans/translate and format_map
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'a\tbc\td'.expandtabs())
t(lambda: 'a\tbc\td'.expandtabs(4))
t(lambda: 'ab\n\tc\r\t'.expandtabs(2))
t(lambda: 'x\ty'.expandtabs(0))
t(lambda: str.maketrans('abc', 'xyz'))
t(lambda: str.maketrans({'a': 'b', 98: None}))
t(lambda: 'abcabc'.translate(str.maketrans('abc', 'xyz', 'c')))
t(lambda: 'abc'.translate({97: 'AA', 98: None, 99: 100}))
t(lambda: 'hello'.translate({}))
t(lambda: str.maketrans('ab', 'x'))
t(lambda: str.maketrans({'ab': 1}))
t(lambda: str.maketrans('a'))
t(lambda: 'a'.translate({97: 1.5}))
t(lambda: '{a}-{b}'.format_map({'a': 1, 'b': 2}))
t(lambda: '{a}'.format_map({}))
