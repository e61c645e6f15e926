# complex(str): CPython's accepted forms, parentheses, whitespace, single
# underscores between digits, inf/nan spellings, and the malformed strings.
good = ["1+2j", "(1+2j)", " ( 1-2.5J ) ", "1_0j", "j", "-j", "+J", "1+j", "1-j",
        "1e5+1e-5j", "inf+nanj", "-infinityj", "NaN", "-Infinity-INFj", "1.j", ".5j",
        "1.e3j", "5", "  5  ", "\t-2.5\n", "1E+2-3E-2j", "0x0" [0:1], "\u0661+\u0662j",
        "1_000.000_1+2_0j", "(-0-0j)", "-0", "1e400j", "(\t3j\t)"]
bad = ["1-", "(5", "5)", "1 + 2j", "", "()", "1+2", "1j+2", "1e", "1.5e+j", "0x1j",
       "1__0j", "_1j", "1_j", "j1", "jj", "1+2jj", "++1j", "1+-2j", "nanx", "( )",
       "1j)", "i", "1i"]
for s in good + bad:
    try:
        print(repr(s), "->", complex(s))
    except ValueError as e:
        print(repr(s), "->", "ValueError:", e)
