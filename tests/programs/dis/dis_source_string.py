# dis.dis of source text: an expression if it is one, else statements; a module starts at line 0
import dis
dis.dis("y=2")
dis.dis("a+b")
try:
    dis.dis("x=")
except SyntaxError as e:
    print(e)
