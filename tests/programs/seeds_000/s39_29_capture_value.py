# seeds/000_27bc754d294148a3.txt, 39.29 Avoiding Accidental Capture (second form): callback captures only value (needs classes).
class C:
    def make_callback(self):
        value = self.value

        def callback():
            return value

        return callback

c = C()
c.value = 1
cb = c.make_callback()
c.value = 2
print(cb())
print(cb.__code__.co_freevars)
