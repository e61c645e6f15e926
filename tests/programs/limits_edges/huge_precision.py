# Precisions past 65535 (Rust's formatter limit) format as CPython does; past C int they are refused.
def digest(text):
    h = 0
    for c in text[:40] + text[-40:]:
        h = (h * 31 + ord(c)) % 1000000007
    return len(text), h, text[:12], text[-6:]

def show(label, fn):
    try:
        print(label, digest(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("f", lambda: f'{1.0:.65536f}')
show("percent f", lambda: '%.65536f' % 1.0)
show("e", lambda: f'{1.0:.65536e}')
show("G", lambda: f'{1.0:.99999G}')
show("g", lambda: f'{1.0:.65536g}')
show("g tenth", lambda: f'{0.1:.70000g}')
show("#g tenth", lambda: f'{0.1:#.70000g}')
show("no type", lambda: f'{2.5:.70000}')
show("tiny e", lambda: f'{5e-324:.70000e}')
show("tiny f", lambda: f'{5e-324:.70000f}')
show("big f", lambda: f'{1e308:.66000f}')
show("percent", lambda: f'{0.125:.66000%}')
show("int as f", lambda: f'{7:.66000f}')
show("z", lambda: f'{-1e-9:z.66000f}')
show("percent e", lambda: '%.70000e' % 3.0)
show("percent g", lambda: '%.70000g' % 3.0)
show("percent #g", lambda: '%#.70000g' % 3.0)
show("C int max g", lambda: f'{1.0:.2147483647}')
show("past C int", lambda: f'{1.0:.2147483648f}')
show("percent past C int", lambda: '%.2147483648f' % 1.0)
show("percent huge", lambda: '%.99999999999999999999f' % 1.0)
show("percent huge s", lambda: '%.99999999999999999999s' % 'a')
show("percent star", lambda: '%.*f' % (2**63, 1.0))
show("percent star C int", lambda: '%.*f' % (2**31, 1.0))
show("percent star negative", lambda: '%.*f' % (-5, 1.0))
show("percent int precision", lambda: '%.2147483647d' % 1)
