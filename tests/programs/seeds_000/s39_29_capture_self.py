# seeds/000_27bc754d294148a3.txt, 39.29 Avoiding Accidental Capture (first form): callback captures self and reads self.value at call time (needs classes).
class C:
    def make_callback(self):
        def callback():
            return self.value
        return callback

c = C()
c.value = 1
cb = c.make_callback()
c.value = 2
print(cb())
print(cb.__code__.co_freevars)
print(cb.__closure__[0].cell_contents is c)
