# several types need parentheses
try:
    pass
except ValueError, TypeError as e:
    pass
