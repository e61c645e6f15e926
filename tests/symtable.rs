//! One-line scope tests: a Python source, and every block's names with the
//! scope cellar's symbol table gives them, rendered by `SymbolTable::one_line`.
//! The expected strings are CPython 3.11's: `python3 tests/symtable/oracle.py
//! --check tests/symtable.rs` recomputes each from Python's `symtable` module
//! (`--fix` rewrites them). An error renders as `error: MSG @ LINE:COL-END_COL`.

use cellar::syntax_error::SyntaxError;
use cellar::{parse, symtable};

/// Blocks below the module: `f(x): x=local | ...`.
fn check(src: &str, expected: &str) {
    assert_eq!(render(src, false), expected, "source:\n{src}");
}

/// The module's block first, then the others.
fn check_module(src: &str, expected: &str) {
    assert_eq!(render(src, true), expected, "source:\n{src}");
}

/// The `__qualname__` of every block below the module, in source order.
fn check_qualnames(src: &str, expected: &str) {
    let table = build(src).unwrap_or_else(|e| panic!("{}", error_line(&e)));
    let names: Vec<&str> = table
        .preorder()
        .iter()
        .skip(1)
        .map(|b| b.qualname.as_str())
        .collect();
    assert_eq!(names.join(" "), expected, "source:\n{src}");
}

/// The pipeline's stages up to the compiler's checks, in CPython's order.
fn build(src: &str) -> Result<symtable::SymbolTable, SyntaxError> {
    let module = parse::syntax(src)?;
    let table = symtable::build_checked(&module, src)?;
    parse::compiler_checks(&module, src)?;
    Ok(table)
}

fn render(src: &str, with_module: bool) -> String {
    match build(src) {
        Ok(table) => table.one_line(with_module),
        Err(e) => error_line(&e),
    }
}

fn error_line(e: &SyntaxError) -> String {
    let end = if e.end_col > 10_000 {
        "...".to_string()
    } else {
        e.end_col.to_string()
    };
    format!("error: {} @ {}:{}-{}", e.msg, e.line, e.col, end)
}

#[test]
fn make_adder() {
    check(
        "def make_adder(n):\n    def add(x):\n        return x + n\n    return add",
        "make_adder(n): add=local n=cell | add(x): n=free x=local",
    );
    check(
        "def f(n):\n    return lambda x: x + n",
        "f(n): n=cell | <lambda>(x): n=free x=local",
    );
}

#[test]
fn nonlocal_counters() {
    check(
        "def make_counter():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n        return count\n    return inc",
        "make_counter: count=cell inc=local | inc: count=free",
    );
    check(
        "def make_counter():\n    count = 0\n    def bad():\n        count += 1\n        return count\n    return bad",
        "make_counter: bad=local count=local | bad: count=local",
    );
    check(
        "def f():\n    x = 1\n    def g():\n        print(x)\n        x = 2\n    return g",
        "f: g=local x=local | g: print=global_implicit x=local",
    );
}

#[test]
fn shared_cells_between_siblings() {
    check(
        "def outer():\n    x = 0\n    def get():\n        return x\n    def set_value(v):\n        nonlocal x\n        x = v\n    return get, set_value",
        "outer: get=local set_value=local x=cell | get: x=free | set_value(v): v=local x=free",
    );
    check(
        "def acc():\n    total = 0\n    items = []\n    def add(v):\n        nonlocal total\n        total += v\n        items.append(v)\n    def report():\n        return total, items\n    return add, report",
        "acc: add=local items=cell report=local total=cell | add(v): items=free total=free v=local | report: items=free total=free",
    );
}

#[test]
fn three_levels_pass_through() {
    check(
        "def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n    return b",
        "a: b=local x=cell | b: c=local x=free | c: x=free",
    );
    check(
        "def a():\n    x = 1\n    def b():\n        x = 2\n        def c():\n            return x\n        return c\n    return b",
        "a: b=local x=local | b: c=local x=cell | c: x=free",
    );
    check(
        "def a():\n    x = 1\n    def b():\n        def c():\n            def d():\n                nonlocal x\n                x += 1\n            return d\n        return c\n    return b",
        "a: b=local x=cell | b: c=local x=free | c: d=local x=free | d: x=free",
    );
    check(
        "def a(x, y):\n    def b():\n        def c():\n            return x\n        return y, c\n    return b",
        "a(x, y): b=local x=cell y=cell | b: c=local x=free y=free | c: x=free",
    );
    check(
        "def a():\n    x = 1\n    def b():\n        return x\n    def c():\n        def d():\n            return x\n        return d\n    return b, c",
        "a: b=local c=local x=cell | b: x=free | c: d=local x=free | d: x=free",
    );
}

#[test]
fn global_and_nonlocal() {
    check_module(
        "x = 0\ndef f():\n    global x\n    x = 1\n    def g():\n        return x\n    return g",
        "<module>: f=local x=global_explicit | f: g=local x=global_explicit | g: x=global_implicit",
    );
    check_module(
        "def f():\n    x = 1\n    def g():\n        global x\n        x = 2\n    return g",
        "<module>: f=local x=global_explicit | f: g=local x=local | g: x=global_explicit",
    );
    check_module(
        "def f():\n    global x\n    def g():\n        x = 1\n        def h():\n            return x\n        return h\n    return g",
        "<module>: f=local x=global_explicit | f: g=local x=global_explicit | g: h=local x=cell | h: x=free",
    );
    check_module(
        "def f():\n    global g\n    g = 1\n    def h():\n        return g\n    return h",
        "<module>: f=local g=global_explicit | f: g=global_explicit h=local | h: g=global_implicit",
    );
    check_module(
        "def f():\n    return len(x)",
        "<module>: f=local | f: len=global_implicit x=global_implicit",
    );
    check_module(
        "global x\nx = 1\ndef f():\n    return x",
        "<module>: f=local x=global_explicit | f: x=global_implicit",
    );
    check_module(
        "def f():\n    import os\n    global os",
        "<module>: f=local os=global_explicit | f: os=global_explicit",
    );
    check_module(
        "def f():\n    global a, b\n    a = b = 1",
        "<module>: a=global_explicit b=global_explicit f=local | f: a=global_explicit b=global_explicit",
    );
}

#[test]
fn class_bodies() {
    check(
        "class C:\n    x = 1\n    def m(self):\n        return x",
        "C: m=local x=local | m(self): self=local x=global_implicit",
    );
    check(
        "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C",
        "f: C=local x=cell | C: m=local x=free y=local | m(self): self=local x=free",
    );
    check(
        "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C",
        "f: C=local x=cell | C: m=local x=local+free_class | m(self): self=local x=free",
    );
    check(
        "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n        def m(self):\n            return x\n    return C",
        "f: C=local x=cell | C: m=local x=free+free_class | m(self): self=local x=free",
    );
    check(
        "def f():\n    x = 1\n    class C:\n        global x\n        def m(self):\n            return x\n    return C",
        "f: C=local x=cell | C: m=local x=global_explicit+free_class | m(self): self=local x=free",
    );
    check(
        "def f(B):\n    class C(B):\n        pass\n    return C",
        "f(B): B=local C=local | C:",
    );
    check(
        "class C:\n    def __init__(self, v):\n        self.v = v\n    def __call__(self):\n        return self.v\n    def __repr__(self):\n        return 'C()'",
        "C: __call__=local __init__=local __repr__=local | __init__(self, v): self=local v=local | __call__(self): self=local | __repr__(self): self=local",
    );
    check(
        "class A:\n    class B:\n        y = 1\n        def m(self):\n            return y",
        "A: B=local | B: m=local y=local | m(self): self=local y=global_implicit",
    );
    check(
        "class C:\n    x = __class__",
        "C: __class__=global_implicit x=local",
    );
}

#[test]
fn comprehension_in_class_body() {
    check(
        "class C:\n    xs = [1, 2]\n    ys = [x for x in xs]\n    zs = [x + y for x in xs for y in xs]",
        "C: xs=local ys=local zs=local | <listcomp>(.0): .0=local x=local | <listcomp>(.0): .0=local x=local xs=global_implicit y=local",
    );
    check(
        "class C:\n    n = 3\n    xs = [n for _ in range(2)]",
        "C: n=local range=global_implicit xs=local | <listcomp>(.0): .0=local _=local n=global_implicit",
    );
    check(
        "def f():\n    n = 3\n    class C:\n        n = 4\n        xs = [n for _ in range(2)]\n    return C",
        "f: C=local n=cell | C: n=local+free_class range=global_implicit xs=local | <listcomp>(.0): .0=local _=local n=free",
    );
}

#[test]
fn lambdas_in_loops() {
    check_module(
        "fs = []\nfor i in range(3):\n    fs.append(lambda: i)",
        "<module>: fs=local i=local range=global_implicit | <lambda>: i=global_implicit",
    );
    check(
        "def f():\n    fs = []\n    for i in range(3):\n        fs.append(lambda: i)\n    return fs",
        "f: fs=local i=cell range=global_implicit | <lambda>: i=free",
    );
    check(
        "def f():\n    return [lambda: i for i in range(3)]",
        "f: range=global_implicit | <listcomp>(.0): .0=local i=cell | <lambda>: i=free",
    );
    check(
        "def f():\n    return [lambda i=i: i for i in range(3)]",
        "f: range=global_implicit | <listcomp>(.0): .0=local i=local | <lambda>(i): i=local",
    );
}

#[test]
fn default_argument_capture() {
    check(
        "def f():\n    fs = []\n    for i in range(3):\n        fs.append(lambda i=i: i)\n    return fs",
        "f: fs=local i=local range=global_implicit | <lambda>(i): i=local",
    );
    check(
        "def f(n):\n    def g(x=n):\n        return x\n    return g",
        "f(n): g=local n=local | g(x): x=local",
    );
    check(
        "def f(n):\n    def g(*, k=n):\n        return k\n    return g",
        "f(n): g=local n=local | g(k): k=local",
    );
    check(
        "def f(n):\n    return lambda x, y=n: x + y",
        "f(n): n=local | <lambda>(x, y): x=local y=local",
    );
    check(
        "def factory(i):\n    def f():\n        return i\n    return f\ndef g():\n    return [factory(i) for i in range(3)]",
        "factory(i): f=local i=cell | f: i=free | g: range=global_implicit | <listcomp>(.0): .0=local factory=global_implicit i=local",
    );
}

#[test]
fn comprehensions() {
    check(
        "def f(xs):\n    return [x * 2 for x in xs]",
        "f(xs): xs=local | <listcomp>(.0): .0=local x=local",
    );
    check(
        "def f(n):\n    return [x + n for x in range(n)]",
        "f(n): n=cell range=global_implicit | <listcomp>(.0): .0=local n=free x=local",
    );
    check(
        "def f(xs):\n    return {x for x in xs if x}",
        "f(xs): xs=local | <setcomp>(.0): .0=local x=local",
    );
    check(
        "def f(n):\n    return {k: v + n for k, v in items}",
        "f(n): items=global_implicit n=cell | <dictcomp>(.0): .0=local k=local n=free v=local",
    );
    check(
        "def f(xs):\n    return sum(x for x in xs)",
        "f(xs): sum=global_implicit xs=local | <genexpr>(.0) [generator]: .0=local x=local",
    );
    check(
        "def f(m):\n    return [[x * y for x in row] for y, row in m]",
        "f(m): m=local | <listcomp>(.0): .0=local row=local y=cell | <listcomp>(.0): .0=local x=local y=free",
    );
    check(
        "def f(a, b):\n    return [(x, y) for x in a if x for y in b if y > x]",
        "f(a, b): a=local b=cell | <listcomp>(.0): .0=local b=free x=local y=local",
    );
    check(
        "def f():\n    return [x for x in [y for y in range(3)]]",
        "f: range=global_implicit | <listcomp>(.0): .0=local y=local | <listcomp>(.0): .0=local x=local",
    );
    check(
        "def f():\n    return [[y for y in range(x)] for x in range(3)]",
        "f: range=global_implicit | <listcomp>(.0): .0=local range=global_implicit x=local | <listcomp>(.0): .0=local y=local",
    );
    check(
        "def f(xs):\n    return [x for x in xs for x in x]",
        "f(xs): xs=local | <listcomp>(.0): .0=local x=local",
    );
    check(
        "def f():\n    return {k: [v for v in k] for k in ks}",
        "f: ks=global_implicit | <dictcomp>(.0): .0=local k=local | <listcomp>(.0): .0=local v=local",
    );
    check_module(
        "xs = [x for x in range(3)]\nx = 1",
        "<module>: range=global_implicit x=local xs=local | <listcomp>(.0): .0=local x=local",
    );
    check_module(
        "g = (y for y in range(3))",
        "<module>: g=local range=global_implicit | <genexpr>(.0) [generator]: .0=local y=local",
    );
}

#[test]
fn del_of_captured_variable() {
    check(
        "def f():\n    x = 1\n    def g():\n        return x\n    del x\n    return g",
        "f: g=local x=cell | g: x=free",
    );
    check("def f():\n    del x", "f: x=local");
    check(
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        del x\n    return g",
        "f: g=local x=cell | g: x=free",
    );
    check("def f(a):\n    del a[0], a.b", "f(a): a=local");
}

#[test]
fn except_as_names() {
    check(
        "def f():\n    try:\n        pass\n    except Exception as e:\n        def g():\n            return e\n        return g",
        "f: Exception=global_implicit e=cell g=local | g: e=free",
    );
    check(
        "def f():\n    try:\n        g()\n    except (KeyError, ValueError):\n        pass\n    except Exception as err:\n        raise RuntimeError() from err\n    else:\n        x = 1\n    finally:\n        y = 2",
        "f: Exception=global_implicit KeyError=global_implicit RuntimeError=global_implicit ValueError=global_implicit err=local g=global_implicit x=local y=local",
    );
}

#[test]
fn imports_in_functions() {
    check(
        "def f():\n    import math\n    from functools import partial as p\n    import os.path\n    def g():\n        return math.pi, p, os\n    return g",
        "f: g=local math=cell os=cell p=cell | g: math=free os=free p=free",
    );
    check_module(
        "import functools\nfrom functools import wraps\ndef f():\n    return functools, wraps",
        "<module>: f=local functools=local wraps=local | f: functools=global_implicit wraps=global_implicit",
    );
}

#[test]
fn super_and_class_cell() {
    check(
        "class C(B):\n    def m(self):\n        return super().m()",
        "C [__class__]: m=local | m(self): __class__=free self=local super=global_implicit",
    );
    check(
        "class C:\n    def m(self):\n        return __class__",
        "C [__class__]: m=local | m(self): __class__=free self=local",
    );
    check(
        "class C:\n    def m(self):\n        return lambda: super()",
        "C [__class__]: m=local | m(self): __class__=free self=local | <lambda>: __class__=free super=global_implicit",
    );
    check(
        "class C:\n    def m(self):\n        def inner():\n            return 1\n        return super(), inner",
        "C [__class__]: m=local | m(self): __class__=free inner=local self=local super=global_implicit | inner:",
    );
    check(
        "def f():\n    return super()",
        "f: __class__=global_implicit super=global_implicit",
    );
    check(
        "class C:\n    def __init__(self):\n        super().__init__()\n    def other(self):\n        return 1",
        "C [__class__]: __init__=local other=local | __init__(self): __class__=free self=local super=global_implicit | other(self): self=local",
    );
    check(
        "class C:\n    def m(self):\n        return [super() for _ in range(2)]",
        "C [__class__]: m=local | m(self): __class__=free range=global_implicit self=local | <listcomp>(.0): .0=local _=local __class__=free super=global_implicit",
    );
    check(
        "class C:\n    super = 1\n    def m(self):\n        return super",
        "C [__class__]: m=local super=local | m(self): __class__=free self=local super=global_implicit",
    );
    check(
        "class C:\n    x = super",
        "C: super=global_implicit x=local",
    );
}

#[test]
fn decorators() {
    check(
        "def deco(fn):\n    def wrapper(*args, **kwargs):\n        return fn(*args, **kwargs)\n    return wrapper",
        "deco(fn): fn=cell wrapper=local | wrapper(args, kwargs): args=local fn=free kwargs=local",
    );
    check(
        "def repeat(n):\n    def deco(fn):\n        def wrapper(*a):\n            for _ in range(n):\n                fn(*a)\n        return wrapper\n    return deco",
        "repeat(n): deco=local n=cell | deco(fn): fn=cell n=free wrapper=local | wrapper(a): _=local a=local fn=free n=free range=global_implicit",
    );
    check(
        "def outer():\n    d = 1\n    @d\n    def inner():\n        pass\n    return inner",
        "outer: d=local inner=local | inner:",
    );
    check(
        "def outer(wraps):\n    def deco(fn):\n        @wraps(fn)\n        def wrapper(*args):\n            return fn(*args)\n        return wrapper\n    return deco",
        "outer(wraps): deco=local wraps=cell | deco(fn): fn=cell wrapper=local wraps=free | wrapper(args): args=local fn=free",
    );
    check(
        "def memo(fn):\n    cache = {}\n    def wrapper(n):\n        if n not in cache:\n            cache[n] = fn(n)\n        return cache[n]\n    return wrapper",
        "memo(fn): cache=cell fn=cell wrapper=local | wrapper(n): cache=free fn=free n=local",
    );
    check(
        "class C:\n    @property\n    def x(self):\n        return 1\n    @x.setter\n    def x(self, v):\n        pass",
        "C: property=global_implicit x=local | x(self): self=local | x(self, v): self=local v=local",
    );
}

#[test]
fn generators() {
    check(
        "def gen(n):\n    for i in range(n):\n        yield i",
        "gen(n) [generator]: i=local n=local range=global_implicit",
    );
    check(
        "def f():\n    x = yield\n    return x",
        "f [generator]: x=local",
    );
    check(
        "def f(xs):\n    yield from xs",
        "f(xs) [generator]: xs=local",
    );
    check(
        "def f(n):\n    def g():\n        yield n\n    return g",
        "f(n): g=local n=cell | g [generator]: n=free",
    );
    check("f = lambda: (yield)", "<lambda> [generator]:");
    check(
        "def f():\n    return [x for x in (yield)]",
        "f [generator]: | <listcomp>(.0): .0=local x=local",
    );
    check(
        "def f():\n    return (x for x in range(3))",
        "f: range=global_implicit | <genexpr>(.0) [generator]: .0=local x=local",
    );
    check(
        "def f(n):\n    def g():\n        nonlocal n\n        while True:\n            n += 1\n            yield n\n    return g",
        "f(n): g=local n=cell | g [generator]: n=free",
    );
}

#[test]
fn parameters() {
    check(
        "def f(a, /, b, *args, c, d=1, **kw):\n    return a",
        "f(a, b, c, d, args, kw): a=local args=local b=local c=local d=local kw=local",
    );
    check("def f(*, k):\n    return k", "f(k): k=local");
    check(
        "f = lambda *a, **k: (a, k)",
        "<lambda>(a, k): a=local k=local",
    );
    check(
        "def f(x):\n    def g():\n        return x\n    return g",
        "f(x): g=local x=cell | g: x=free",
    );
    check(
        "def f(x: T = 1, *a: A, y: Y, **k: K) -> R:\n    pass",
        "f(x, y, a, k): a=local k=local x=local y=local",
    );
    check_module(
        "def f(x: T = d, *a: A, y: Y, **k: K) -> R:\n    pass",
        "<module>: A=global_implicit K=global_implicit R=global_implicit T=global_implicit Y=global_implicit d=global_implicit f=local | f(x, y, a, k): a=local k=local x=local y=local",
    );
}

#[test]
fn annotations() {
    check(
        "def f():\n    y: int = 1\n    z: str\n    return y",
        "f: int=global_implicit str=global_implicit y=local z=local",
    );
    check_module(
        "x: int = 1\ny: str",
        "<module>: int=global_implicit str=global_implicit x=local y=local",
    );
    check(
        "def f():\n    (x): int = 1\n    a.b: int\n    c[0]: int = 2",
        "f: a=global_implicit c=global_implicit int=global_implicit x=local",
    );
    check(
        "def f():\n    x: int\n    def g():\n        return x\n    return g",
        "f: g=local int=global_implicit x=cell | g: x=free",
    );
}

#[test]
fn recursion_and_misc() {
    check(
        "def f():\n    def fact(n):\n        return 1 if n < 2 else n * fact(n - 1)\n    return fact",
        "f: fact=cell | fact(n): fact=free n=local",
    );
    check(
        "def f(x, w):\n    return lambda: f'{x!r:>{w}} {y}'",
        "f(x, w): w=cell x=cell | <lambda>: w=free x=free y=global_implicit",
    );
    check(
        "def f(d):\n    return lambda: {k: v for k, v in d.items()} | {**d, 'a': d}",
        "f(d): d=cell | <lambda>: d=free | <dictcomp>(.0): .0=local k=local v=local",
    );
    check(
        "def f(xs):\n    return lambda: xs[1:2:3], xs[::1]",
        "f(xs): xs=cell | <lambda>: xs=free",
    );
    check(
        "def f(a):\n    assert a, msg\n    raise E(a) from c",
        "f(a): E=global_implicit a=local c=global_implicit msg=global_implicit",
    );
    check(
        "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        x = 2\n        return h\n    return g",
        "f: g=local x=local | g: h=local x=cell | h: x=free",
    );
    check(
        "def f():\n    a, (b, *c) = t\n    [d, e] = t\n    return lambda: (a, b, c, d, e)",
        "f: a=cell b=cell c=cell d=cell e=cell t=global_implicit | <lambda>: a=free b=free c=free d=free e=free",
    );
    check(
        "def f():\n    for i, j in pairs:\n        pass\n    while cond():\n        k = 1\n    else:\n        m = 2\n    return lambda: (i, k, m)",
        "f: cond=global_implicit i=cell j=local k=cell m=cell pairs=global_implicit | <lambda>: i=free k=free m=free",
    );
    check(
        "def f():\n    x = y = 0\n    def g():\n        return x + y\n    return g",
        "f: g=local x=cell y=cell | g: x=free y=free",
    );
    check(
        "def f():\n    if c:\n        v = 1\n    else:\n        w = 2\n    return lambda: v if t else w",
        "f: c=global_implicit v=cell w=cell | <lambda>: t=global_implicit v=free w=free",
    );
    check(
        "def f(x):\n    return g(*x, **x, k=lambda: x)",
        "f(x): g=global_implicit x=cell | <lambda>: x=free",
    );
}

#[test]
fn errors_nonlocal() {
    check(
        "nonlocal x",
        "error: nonlocal declaration not allowed at module level @ 1:1-11",
    );
    check(
        "def f():\n    nonlocal x",
        "error: no binding for nonlocal 'x' found @ 2:5-15",
    );
    check(
        "class C:\n    nonlocal x",
        "error: no binding for nonlocal 'x' found @ 2:5-15",
    );
    check(
        "def f():\n    class C:\n        nonlocal x",
        "error: no binding for nonlocal 'x' found @ 3:9-19",
    );
    check(
        "class C:\n    x = 1\n    def m(self):\n        nonlocal x",
        "error: no binding for nonlocal 'x' found @ 4:9-19",
    );
    check(
        "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
        "error: name 'x' is assigned to before nonlocal declaration @ 5:9-19",
    );
    check(
        "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
        "error: name 'x' is used prior to nonlocal declaration @ 5:9-19",
    );
    check(
        "def f(x):\n    def g(x):\n        nonlocal x",
        "error: name 'x' is parameter and nonlocal @ 3:9-19",
    );
    check(
        "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
        "error: name 'x' is nonlocal and global @ 4:9-17",
    );
    check(
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x",
        "error: name 'x' is nonlocal and global @ 4:9-19",
    );
    check(
        "def f():\n    x = 1\n    def g():\n        nonlocal x, y",
        "error: no binding for nonlocal 'y' found @ 4:9-22",
    );
    check(
        "def f():\n    x = 1\n    def g():\n        for x in y:\n            pass\n        nonlocal x",
        "error: name 'x' is assigned to before nonlocal declaration @ 6:9-19",
    );
    check(
        "def f():\n    y = 1\n    def g():\n        nonlocal y\n        y: int = 1",
        "error: annotated name 'y' can't be nonlocal @ 5:9-19",
    );
    check(
        "def f():\n    y = 1\n    def g():\n        y: int\n        nonlocal y",
        "error: annotated name 'y' can't be nonlocal @ 5:9-19",
    );
    check(
        "def f():\n    nonlocal x\n    nonlocal y",
        "error: no binding for nonlocal 'x' found @ 2:5-15",
    );
    check(
        "def f():\n    global x\n    def g():\n        nonlocal x",
        "error: no binding for nonlocal 'x' found @ 4:9-19",
    );
}

#[test]
fn errors_global() {
    check(
        "def f(x):\n    global x",
        "error: name 'x' is parameter and global @ 2:5-13",
    );
    check(
        "def f():\n    x = 1\n    global x",
        "error: name 'x' is assigned to before global declaration @ 3:5-13",
    );
    check(
        "def f():\n    print(x)\n    global x",
        "error: name 'x' is used prior to global declaration @ 3:5-13",
    );
    check(
        "def f():\n    x: int\n    global x",
        "error: annotated name 'x' can't be global @ 3:5-13",
    );
    check(
        "def f():\n    global x\n    x: int = 1",
        "error: annotated name 'x' can't be global @ 3:5-15",
    );
    check(
        "class C:\n    global x\n    x: int",
        "error: annotated name 'x' can't be global @ 3:5-11",
    );
    check_module(
        "global x\nx: int = 1",
        "<module>: int=global_implicit x=global_explicit",
    );
    check(
        "x = 1\nglobal x",
        "error: name 'x' is assigned to before global declaration @ 2:1-9",
    );
    check(
        "print(x)\nglobal x",
        "error: name 'x' is used prior to global declaration @ 2:1-9",
    );
    check(
        "def f():\n    for x in y:\n        pass\n    global x",
        "error: name 'x' is assigned to before global declaration @ 4:5-13",
    );
    check(
        "def f():\n    try:\n        pass\n    except E as x:\n        pass\n    global x",
        "error: name 'x' is assigned to before global declaration @ 6:5-13",
    );
    check(
        "def f():\n    del x\n    global x",
        "error: name 'x' is assigned to before global declaration @ 3:5-13",
    );
    check(
        "def f():\n    def x():\n        pass\n    global x",
        "error: name 'x' is assigned to before global declaration @ 4:5-13",
    );
    check(
        "def f():\n    class x:\n        pass\n    global x",
        "error: name 'x' is assigned to before global declaration @ 4:5-13",
    );
    check(
        "def f():\n    x += 1\n    global x",
        "error: name 'x' is assigned to before global declaration @ 3:5-13",
    );
    check(
        "def f():\n    global a, b\n    b = 1\n    global c, b",
        "error: name 'b' is assigned to before global declaration @ 4:5-16",
    );
    check(
        "def f():\n    é = 1\n    global é",
        "error: name 'é' is assigned to before global declaration @ 3:5-13",
    );
}

#[test]
fn errors_duplicate_argument() {
    check(
        "def f(a, b, a):\n    pass",
        "error: duplicate argument 'a' in function definition @ 1:13-14",
    );
    check(
        "def f(a, b, a: int):\n    pass",
        "error: duplicate argument 'a' in function definition @ 1:13-19",
    );
    check(
        "def f(a, *a):\n    pass",
        "error: duplicate argument 'a' in function definition @ 1:11-12",
    );
    check(
        "def f(a, **a):\n    pass",
        "error: duplicate argument 'a' in function definition @ 1:12-13",
    );
    check(
        "def f(*, k, k):\n    pass",
        "error: duplicate argument 'k' in function definition @ 1:13-14",
    );
    check(
        "def f(a, /, a):\n    pass",
        "error: duplicate argument 'a' in function definition @ 1:13-14",
    );
    check(
        "f = lambda x, x: 0",
        "error: duplicate argument 'x' in function definition @ 1:15-16",
    );
    check(
        "def outer():\n    def f(x, y, x):\n        pass",
        "error: duplicate argument 'x' in function definition @ 2:17-18",
    );
}

#[test]
fn errors_yield_in_comprehension() {
    check(
        "def f(y):\n    return [(yield x) for x in y]",
        "error: 'yield' inside list comprehension @ 2:14-21",
    );
    check(
        "def f(y):\n    return {(yield x) for x in y}",
        "error: 'yield' inside set comprehension @ 2:14-21",
    );
    check(
        "def f(y):\n    return {x: (yield x) for x in y}",
        "error: 'yield' inside dict comprehension @ 2:17-24",
    );
    check(
        "def f(y):\n    return {(yield): x for x in y}",
        "error: 'yield' inside dict comprehension @ 2:14-19",
    );
    check(
        "def f(y):\n    return list((yield x) for x in y)",
        "error: 'yield' inside generator expression @ 2:18-25",
    );
    check(
        "def f(y):\n    return [x for x in y if (yield)]",
        "error: 'yield' inside list comprehension @ 2:30-35",
    );
    check(
        "def f(y):\n    return [x for x in y for z in (yield from x)]",
        "error: 'yield' inside list comprehension @ 2:36-48",
    );
    check(
        "def f(y):\n    return [lambda: (yield) for x in y]",
        "f(y): y=local | <listcomp>(.0): .0=local x=local | <lambda> [generator]:",
    );
}

#[test]
fn errors_in_source_order() {
    check(
        "def f():\n    nonlocal x\ndef g(a, a):\n    pass",
        "error: duplicate argument 'a' in function definition @ 3:10-11",
    );
    check(
        "def f():\n    x = 1\n    def g():\n        nonlocal y\n    nonlocal z",
        "error: no binding for nonlocal 'z' found @ 5:5-15",
    );
    check(
        "def f():\n    def g():\n        nonlocal a\n    def h():\n        nonlocal b",
        "error: no binding for nonlocal 'a' found @ 3:9-19",
    );
}

#[test]
fn qualnames() {
    check_qualnames(
        "def f():\n    def g():\n        pass\n    class C:\n        def m(self):\n            pass\n    h = lambda: 0\n    return [x for x in y]",
        "f f.<locals>.g f.<locals>.C f.<locals>.C.m f.<locals>.<lambda> f.<locals>.<listcomp>",
    );
    check_qualnames(
        "def f():\n    global g\n    def g():\n        pass\n    class C:\n        global C\n    return lambda: 0",
        "f g f.<locals>.C f.<locals>.<lambda>",
    );
    check_qualnames(
        "class A:\n    class B:\n        def m(self):\n            return lambda: 0",
        "A A.B A.B.m A.B.m.<locals>.<lambda>",
    );
    check_qualnames(
        "xs = [lambda: 0 for x in y]\ng = (lambda: 0 for x in y)",
        "<listcomp> <listcomp>.<lambda> <genexpr> <genexpr>.<lambda>",
    );
    check_qualnames(
        "class C:\n    def m(self):\n        return {k: (v for v in k) for k in self}",
        "C C.m C.m.<locals>.<dictcomp> C.m.<locals>.<dictcomp>.<genexpr>",
    );
    check_qualnames(
        "def outer():\n    def inner():\n        return lambda: lambda: 0\n    return inner",
        "outer outer.<locals>.inner outer.<locals>.inner.<locals>.<lambda> outer.<locals>.inner.<locals>.<lambda>.<locals>.<lambda>",
    );
    check_qualnames(
        "def f(x=lambda: 0):\n    pass\n@d(lambda: 1)\ndef g():\n    pass",
        "<lambda> f <lambda> g",
    );
}

/// Cases where the parser, not the symbol table, decides today's answer and
/// differs from CPython: `(x)` is not a simple annotation target, and a
/// repeated `*a` is reported where symtable.c's order (keyword-only before
/// `*args`) finds it. Kept here until the parser is fixed.
#[test]
#[ignore = "parser: AnnAssign simple for (x); duplicate-argument order"]
fn parser_gaps() {
    check(
        "def f():\n    global x\n    (x): int = 1",
        "f: int=global_implicit x=global_explicit",
    );
    check(
        "def f(*a, a):\n    pass",
        "error: duplicate argument 'a' in function definition @ 1:8-9",
    );
}

/// `name` of the block called `block` takes its cell from the block named here.
fn check_owner(src: &str, block: &str, name: &str, expected: Option<&str>) {
    let table = build(src).unwrap_or_else(|e| panic!("{}", error_line(&e)));
    let b = table
        .preorder()
        .into_iter()
        .find(|b| &*b.name == block)
        .expect("block");
    let owner = table
        .cell_owner(b.id, name)
        .map(|id| table.block(id).name.to_string());
    assert_eq!(owner.as_deref(), expected, "{name} in {block} of:\n{src}");
}

#[test]
fn cell_owners() {
    let three = "def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n    return b";
    check_owner(three, "c", "x", Some("a"));
    check_owner(three, "b", "x", Some("a"));
    check_owner(three, "a", "x", Some("a"));
    let class = "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x, super()\n    return C";
    check_owner(class, "m", "x", Some("f"));
    check_owner(class, "m", "__class__", Some("C"));
    check_owner(class, "C", "x", None);
    check_owner("def f():\n    return len(y)", "f", "y", None);
    check_owner("def f(y):\n    return y", "f", "y", None);
}

#[test]
fn error_precedence_across_stages() {
    check(
        "return 1\ndef f():\n    nonlocal x",
        "error: no binding for nonlocal 'x' found @ 3:5-15",
    );
    check(
        "x = 1\nglobal x\ndef f(a, a):\n    pass",
        "error: name 'x' is assigned to before global declaration @ 2:1-9",
    );
    check(
        "def f():\n    global x\n    x: int\n[(yield) for y in z]",
        "error: annotated name 'x' can't be global @ 3:5-11",
    );
}
