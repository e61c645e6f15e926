# '1_' is an invalid decimal literal, the caret under the underscore.
x = 1_
