# A dict display item without ':' after an earlier key: value pair.
d = {"a": 1, "b" 2}
