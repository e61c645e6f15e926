# dir() of modules and values, sorted names
import math
names = dir(math)
print('sqrt' in names, names == sorted(names), [n for n in dir([]) if not n.startswith('_')])
print([n for n in dir('') if n.startswith('is')])
print([n for n in dir({}) if not n.startswith('_')])
