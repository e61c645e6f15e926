# Decorator: a wrapper forwarding *args/**kwargs and counting calls in a nonlocal.
def counted(fn):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)
    def get_calls():
        return calls
    return [wrapper, get_calls]

def area(w, h, scale=1):
    return w * h * scale

decorated = counted(area)
area = decorated[0]
area_calls = decorated[1]

total = 0
for i in range(1000000):
    if i % 2 == 0:
        total += area(i, 3)
    else:
        total += area(i, h=2, scale=3)
print("decorator", area_calls(), total)
