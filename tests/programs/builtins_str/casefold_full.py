# str.casefold() is full Unicode case folding, not lower(): German sharp s, final sigma, ligatures.
for s in ["Straße", "ΣΑΣ", "ﬁne", "ǰ", "MASSE", "İ", "µ", "Ꭰ", "hello"]:
    print(repr(s), repr(s.lower()), repr(s.casefold()), s.casefold() == s.lower())
print("Straße".casefold() == "STRASSE".casefold())
