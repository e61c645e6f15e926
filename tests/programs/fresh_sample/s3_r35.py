# if with an attribute assigned by mistake
class Light:
    on = False
light = Light()
if light.on = True:
    print("on")
