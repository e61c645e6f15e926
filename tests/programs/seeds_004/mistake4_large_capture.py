# seeds/004_d0a714c7296f60be.txt, Common Mistakes 4 Leaking Large Objects: the wrong make_summary captures df, the right one only stats (cell variables printed).
# Wrong - entire large DataFrame captured in closure
def make_summary(df):
    def get_stats():
        return df.describe() # holds reference to full df
    return get_stats

print(make_summary.__code__.co_cellvars)

# Right - extract only needed data before creating closure
def make_summary(df):
    stats = df.describe() # compute upfront, capture only the small result
    def get_stats():
        return stats
    return get_stats

print(make_summary.__code__.co_cellvars)
print(make_summary.__code__.co_varnames)
