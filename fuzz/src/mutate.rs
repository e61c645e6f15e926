//! Structure-aware mutations of Python source: tokens swapped, replaced
//! or dropped, lines duplicated or moved, programs spliced at an
//! indentation that fits, expressions and blocks nested deeply, numbers
//! and strings replaced by the sizes that break interpreters.

/// A small deterministic generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Values that sit at the limits of sizes, types and recursion.
const EDGE_VALUES: &[&str] = &[
    "0",
    "-1",
    "2**63",
    "2**63-1",
    "-2**63",
    "10**12",
    "10**100",
    "10**5000",
    "1e308",
    "float('nan')",
    "None",
    "''",
    "'\\x1b]0;t\\x07'",
    "'a'*10**6",
    "[]",
    "()",
    "{}",
    "lambda *a, **k: a",
    "range(10**12)",
    "iter([])",
    "True",
    "1j",
    "b''",
    "...",
];

/// Lines that exercise the interpreter's own limits when spliced in.
const EDGE_LINES: &[&str] = &[
    "x = ()\nfor _ in range(100000):\n    x = (x,)",
    "def gen():\n    while True:\n        try:\n            yield 1\n        except GeneratorExit:\n            pass",
    "g = gen(); next(g); del g",
    "import sys; sys.setrecursionlimit(10**5)",
    "def r(n): return r(n + 1)",
    "l = [1]; l.append(l); print(l)",
    "d = {}; d[1] = d; print(d)",
    "print(*range(10**4))",
    "s = 'ab' * 1000; s = s.replace('a', s)",
    "f = lambda: f; f()()()",
    "class C:\n    def __eq__(self, o): return self == o\n    __hash__ = None",
    "raise KeyboardInterrupt",
    "import gc; gc.collect()",
    "print(f'{1:>{10**3}}')",
    "print('%*d' % (50, 1))",
    "x = [*range(10**5)]; x.sort(key=lambda v: -v)",
];

/// One mutation of `src`, drawing material from `other` for splices.
pub fn mutate(src: &str, other: &str, rng: &mut Rng) -> String {
    match rng.below(10) {
        0 => swap_tokens(src, rng),
        1 => replace_token(src, other, rng),
        2 => drop_token(src, rng),
        3 => duplicate_line(src, rng),
        4 => splice(src, other, rng),
        5 => nest_expression(src, rng),
        6 => nest_block(src, rng),
        7 => edge_value(src, rng),
        8 => {
            let line = EDGE_LINES[rng.below(EDGE_LINES.len())];
            splice(src, line, rng)
        }
        _ => drop_line(src, rng),
    }
}

/// Python-ish tokens: names, numbers, strings, single punctuation,
/// whitespace runs; concatenated they give back the source.
pub fn tokens(src: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let c = bytes[i];
        i += 1;
        if c.is_ascii_alphanumeric() || c == b'_' {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
        } else if c == b' ' {
            while i < bytes.len() && bytes[i] == b' ' {
                i += 1;
            }
        } else if c == b'\'' || c == b'"' {
            while i < bytes.len() && bytes[i] != c && bytes[i] != b'\n' {
                i += 1;
            }
            i = (i + 1).min(bytes.len());
        } else if c >= 0x80 {
            while i < bytes.len() && (bytes[i] & 0xC0) == 0x80 {
                i += 1;
            }
        }
        out.push(&src[start..i]);
    }
    out
}

fn significant(toks: &[&str]) -> Vec<usize> {
    (0..toks.len())
        .filter(|&i| !toks[i].trim().is_empty())
        .collect()
}

fn swap_tokens(src: &str, rng: &mut Rng) -> String {
    let mut toks = tokens(src);
    let sig = significant(&toks);
    if sig.len() < 2 {
        return src.to_string();
    }
    let (a, b) = (*rng.pick(&sig), *rng.pick(&sig));
    toks.swap(a, b);
    toks.concat()
}

fn replace_token(src: &str, other: &str, rng: &mut Rng) -> String {
    let mut toks = tokens(src);
    let donors = tokens(other);
    let (sig, dsig) = (significant(&toks), significant(&donors));
    if sig.is_empty() || dsig.is_empty() {
        return src.to_string();
    }
    let at = *rng.pick(&sig);
    toks[at] = donors[*rng.pick(&dsig)];
    toks.concat()
}

fn drop_token(src: &str, rng: &mut Rng) -> String {
    let mut toks = tokens(src);
    let sig = significant(&toks);
    if sig.is_empty() {
        return src.to_string();
    }
    toks.remove(*rng.pick(&sig));
    toks.concat()
}

fn lines(src: &str) -> Vec<String> {
    src.lines().map(str::to_string).collect()
}

fn duplicate_line(src: &str, rng: &mut Rng) -> String {
    let mut ls = lines(src);
    if ls.is_empty() {
        return src.to_string();
    }
    let i = rng.below(ls.len());
    let copies = 1 + rng.below(3);
    for _ in 0..copies {
        ls.insert(i, ls[i].clone());
    }
    ls.join("\n") + "\n"
}

fn drop_line(src: &str, rng: &mut Rng) -> String {
    let mut ls = lines(src);
    if ls.is_empty() {
        return src.to_string();
    }
    ls.remove(rng.below(ls.len()));
    ls.join("\n") + "\n"
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// Lines of `other` inserted into `src` at the indentation of the line
/// they go before.
fn splice(src: &str, other: &str, rng: &mut Rng) -> String {
    let mut ls = lines(src);
    let donor = lines(other);
    if donor.is_empty() {
        return src.to_string();
    }
    let start = rng.below(donor.len());
    let len = 1 + rng.below((donor.len() - start).min(8));
    let chunk = &donor[start..start + len];
    let base = chunk.iter().map(|l| indent_of(l)).min().unwrap_or(0);
    let at = rng.below(ls.len() + 1);
    let indent = ls.get(at).map_or(0, |l| indent_of(l));
    for (k, l) in chunk.iter().enumerate() {
        let body = l.get(base.min(indent_of(l))..).unwrap_or(l);
        ls.insert(at + k, format!("{}{}", " ".repeat(indent), body));
    }
    ls.join("\n") + "\n"
}

/// One expression token wrapped in many brackets, calls or unary ops.
fn nest_expression(src: &str, rng: &mut Rng) -> String {
    let mut toks: Vec<String> = tokens(src).into_iter().map(str::to_string).collect();
    let cands: Vec<usize> = (0..toks.len())
        .filter(|&i| {
            toks[i]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric())
        })
        .collect();
    if cands.is_empty() {
        return src.to_string();
    }
    let at = *rng.pick(&cands);
    let depth = *rng.pick(&[10, 100, 200, 1000, 3000]);
    let (open, close) = *rng.pick(&[
        ("(", ")"),
        ("[", "]"),
        ("{", "}"),
        ("-", ""),
        ("not ", ""),
        ("(lambda: ", ")()"),
        ("[", "][0]"),
        ("str(", ")"),
    ]);
    toks[at] = format!("{}{}{}", open.repeat(depth), toks[at], close.repeat(depth));
    toks.concat()
}

/// One line wrapped in many nested blocks.
fn nest_block(src: &str, rng: &mut Rng) -> String {
    let mut ls = lines(src);
    if ls.is_empty() {
        return src.to_string();
    }
    let i = rng.below(ls.len());
    let depth = *rng.pick(&[5, 20, 50, 99, 101]);
    let head = *rng.pick(&[
        "if True:",
        "for _i in range(2):",
        "while True:",
        "def _f():",
        "try:",
        "class _C:",
    ]);
    let base = indent_of(&ls[i]);
    let line = ls[i].trim_start().to_string();
    let mut block = Vec::new();
    for d in 0..depth {
        block.push(format!("{}{}", " ".repeat(base + d), head));
    }
    block.push(format!("{}{}", " ".repeat(base + depth), line));
    ls.splice(i..=i, block);
    ls.join("\n") + "\n"
}

fn edge_value(src: &str, rng: &mut Rng) -> String {
    let mut toks: Vec<String> = tokens(src).into_iter().map(str::to_string).collect();
    let cands: Vec<usize> = (0..toks.len())
        .filter(|&i| {
            let t = &toks[i];
            t.chars().next().is_some_and(|c| c.is_ascii_digit()) || t.starts_with(['\'', '"'])
        })
        .collect();
    if cands.is_empty() {
        return src.to_string();
    }
    let at = *rng.pick(&cands);
    toks[at] = format!("({})", rng.pick(EDGE_VALUES));
    toks.concat()
}
