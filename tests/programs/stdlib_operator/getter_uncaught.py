# a KeyError from an itemgetter used as a sort key: the traceback ends at the sorted() line
from operator import itemgetter

people = [{"name": "ann", "age": 30}, {"name": "bo"}]
print(sorted(people, key=itemgetter("age")))
