# A class statement inside a function, as dis shows it: PUSH_NULL,
# LOAD_BUILD_CLASS, the body's code made into a function, the name, and a
# call with two arguments plus one per base.
import dis


def make_classes():
    class Base:
        pass

    class Derived(Base):
        kind = "derived"

    return Derived


dis.dis(make_classes)
