# dis of a closure factory with defaults
import dis
def make_scaler(factor=2, *, offset=0):
    def scale(x, f=factor):
        return x * f + offset
    return scale
dis.dis(make_scaler)
