# exception group-free chained traceback through generator and closure
def make_parser(sep):
    def parse(text):
        for part in text.split(sep):
            yield int(part)
    return parse
p = make_parser(",")
print(list(p("1,2")))
total = sum(p("1,x,3"))
