# seeds/002_2fc762ed25bdb8ee.txt, FAQ Q6 prevention: a closure holding weakref.ref(obj) does not keep obj alive; a strong capture does.
import weakref

class Config:
    def __init__(self, timeout):
        self.timeout = timeout
        self.blob = bytearray(1_000_000)

def make_strong(config):
    def get_timeout():
        return config.timeout
    return get_timeout

def make_weak(config):
    ref = weakref.ref(config)

    def get_timeout():
        c = ref()
        return None if c is None else c.timeout
    return get_timeout

def make_lean(config):
    timeout = config.timeout
    def get_timeout():
        return timeout
    return get_timeout

config = Config(30)
probe = weakref.ref(config)
strong = make_strong(config)
weak = make_weak(config)
lean = make_lean(config)
del config
print(strong(), weak(), lean(), probe() is not None)
del strong
print(weak(), lean(), probe())
print(weak.__code__.co_freevars, lean.__code__.co_freevars)
