//! Lessons: Markdown files (`lessons/NN-slug.md`) with `+++` TOML front
//! matter, `## ` steps, prose, and fenced blocks whose info string says
//! what they are (`python run`, `python step`, `output`, `python predict id=q1`,
//! `answer for=q1`, `hint`, `repl`, `python exercise`, `python solution`,
//! `python check`). The bundled lessons are embedded in the binary;
//! `check` runs every lesson and compares what cellar prints with the
//! recorded outputs.

pub mod check;
pub mod predict;
pub mod render;
pub mod watchdog;

include!(concat!(env!("OUT_DIR"), "/bundled_lessons.rs"));

/// What a fenced block is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Code the step runs (`python run`).
    Run,
    /// Code the step runs in the stepper, to be walked (`python step`).
    Stepped,
    /// What the preceding `run` block prints (`output`).
    Output,
    /// A predict-the-output question (`python predict id=ID`).
    Predict(String),
    /// The hidden answer to a question (`answer for=ID`).
    Answer(String),
    /// A hint, hidden until `:hint`.
    Hint,
    /// Inspection commands to try, one a line (`repl`).
    Repl,
    /// The closing exercise's starter code (`python exercise`).
    Exercise,
    /// A solution to the exercise, hidden (`python solution`).
    Solution,
    /// Asserts run after the learner's code (`python check`).
    Check,
    /// Shown, never run (`python`, or any other info string).
    Show,
}

/// One fenced block.
#[derive(Debug, Clone)]
pub struct Block {
    pub kind: Kind,
    pub text: String,
    /// The line of its opening fence (1-based).
    pub line: usize,
}

/// One `## ` section.
#[derive(Debug, Clone)]
pub struct Step {
    pub title: String,
    pub line: usize,
    /// The prose paragraphs, as written.
    pub prose: String,
    pub blocks: Vec<Block>,
}

impl Step {
    /// The blocks of one kind.
    pub fn of(&self, pred: impl Fn(&Kind) -> bool) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(move |b| pred(&b.kind))
    }

    /// The step's predict block, if it asks a question.
    pub fn predict(&self) -> Option<&Block> {
        self.of(|k| matches!(k, Kind::Predict(_))).next()
    }

    /// The answer to the step's question.
    pub fn answer(&self) -> Option<&Block> {
        let Some(Block {
            kind: Kind::Predict(id),
            ..
        }) = self.predict()
        else {
            return None;
        };
        self.of(|k| matches!(k, Kind::Answer(a) if a == id)).next()
    }

    pub fn is_exercise(&self) -> bool {
        self.blocks.iter().any(|b| b.kind == Kind::Check)
    }
}

/// A parsed lesson.
#[derive(Debug, Clone)]
pub struct Lesson {
    /// `01-first-closure` for `lessons/01-first-closure.md`.
    pub name: String,
    pub path: String,
    pub title: String,
    pub topics: Vec<String>,
    /// Front matter `timeout = SECONDS`: the time limit of each block.
    pub timeout: Option<std::time::Duration>,
    /// Prose before the first step.
    pub intro: String,
    pub steps: Vec<Step>,
    /// The number it is listed and found by: a bundled lesson's is the one
    /// its name starts with (`01-...` is 1); an instructor's lessons
    /// (`--lesson-dir`) are numbered after the bundled ones, so the two
    /// never collide.
    pub numbered: Option<u32>,
    /// From `--lesson-dir`, not bundled.
    pub extra: bool,
}

impl Lesson {
    /// The number it is listed and found by, if any.
    pub fn number(&self) -> Option<u32> {
        self.numbered
    }
}

/// The number a lesson's name starts with (`01-...` is 1), if any.
fn leading_number(name: &str) -> Option<u32> {
    let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// A malformed lesson: where and why.
#[derive(Debug, Clone)]
pub struct LessonError {
    pub path: String,
    pub line: usize,
    pub msg: String,
}

impl std::fmt::Display for LessonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.msg)
    }
}

/// Parses one lesson file. Control characters other than newline and tab
/// are shown escaped (`\x1b`): a lesson is content, and must not set the
/// terminal's title or clipboard.
pub fn parse(path: &str, text: &str) -> Result<Lesson, LessonError> {
    let text = &escape_controls(text);
    let err = |line: usize, msg: &str| LessonError {
        path: path.to_string(),
        line,
        msg: msg.to_string(),
    };
    let name = std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    let (mut title, mut topics, mut timeout) = (None, Vec::new(), None);
    if lines.first().map(|l| l.trim()) != Some("+++") {
        return Err(err(
            1,
            "a lesson starts with `+++` front matter (title = \"...\")",
        ));
    }
    i += 1;
    loop {
        let Some(line) = lines.get(i) else {
            return Err(err(1, "the front matter is not closed by `+++`"));
        };
        i += 1;
        let line = line.trim();
        if line == "+++" {
            break;
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            return Err(err(i, "front matter lines are `key = value`"));
        };
        match key.trim() {
            "title" => {
                title = Some(
                    toml_string(value.trim())
                        .ok_or_else(|| err(i, "title must be a quoted string"))?,
                )
            }
            "topics" => {
                let v = value.trim();
                let inner = v
                    .strip_prefix('[')
                    .and_then(|v| v.strip_suffix(']'))
                    .ok_or_else(|| err(i, "topics must be a list of strings: [\"a\", \"b\"]"))?;
                for item in inner.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    topics.push(
                        toml_string(item).ok_or_else(|| err(i, "topics must be quoted strings"))?,
                    );
                }
            }
            "timeout" => {
                let secs: f64 = value.trim().parse().unwrap_or(f64::NAN);
                if !(secs > 0.0 && secs <= 86_400.0) {
                    return Err(err(
                        i,
                        "timeout must be a number of seconds (0 < t <= 86400)",
                    ));
                }
                timeout = Some(std::time::Duration::from_secs_f64(secs));
            }
            other => return Err(err(i, &format!("unknown front matter key `{other}`"))),
        }
    }
    let title = title.ok_or_else(|| err(1, "the front matter has no title"))?;
    let mut intro = String::new();
    let mut steps: Vec<Step> = Vec::new();
    while i < lines.len() {
        let line = lines[i];
        let lineno = i + 1;
        i += 1;
        if let Some(h) = line.strip_prefix("## ") {
            steps.push(Step {
                title: h.trim().to_string(),
                line: lineno,
                prose: String::new(),
                blocks: Vec::new(),
            });
            continue;
        }
        if let Some(info) = line.strip_prefix("```") {
            let kind = block_kind(info.trim()).map_err(|m| err(lineno, &m))?;
            let mut body = String::new();
            loop {
                let Some(l) = lines.get(i) else {
                    return Err(err(lineno, "this code block is never closed by ```"));
                };
                i += 1;
                if l.trim_end() == "```" {
                    break;
                }
                body.push_str(l);
                body.push('\n');
            }
            let Some(step) = steps.last_mut() else {
                return Err(err(lineno, "code blocks belong in a `## ` step"));
            };
            step.blocks.push(Block {
                kind,
                text: body,
                line: lineno,
            });
            continue;
        }
        if line.starts_with("# ") && steps.is_empty() && intro.trim().is_empty() {
            continue; // the title heading, for GitHub
        }
        let prose = match steps.last_mut() {
            Some(s) => &mut s.prose,
            None => &mut intro,
        };
        prose.push_str(line);
        prose.push('\n');
    }
    if steps.is_empty() {
        return Err(err(
            lines.len().max(1),
            "a lesson needs at least one `## ` step",
        ));
    }
    for step in &steps {
        validate(step).map_err(|(line, m)| err(line, &m))?;
    }
    Ok(Lesson {
        numbered: leading_number(&name),
        extra: false,
        name,
        path: path.to_string(),
        title,
        topics,
        timeout,
        intro: intro.trim().to_string(),
        steps,
    })
}

/// `text` with every control character but `\n` and `\t` written as a
/// `\xNN` / `\u{NNNN}` escape.
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.contains(bad) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            c if bad(c) && (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if bad(c) => out.push_str(&format!("\\u{{{:04x}}}", c as u32)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Every question has its answer; an exercise has a check.
fn validate(step: &Step) -> Result<(), (usize, String)> {
    let mut ids = Vec::new();
    for b in &step.blocks {
        match &b.kind {
            Kind::Predict(id) => {
                if !step
                    .blocks
                    .iter()
                    .any(|a| a.kind == Kind::Answer(id.clone()))
                {
                    return Err((
                        b.line,
                        format!("question `{id}` has no ```answer for={id} block"),
                    ));
                }
                ids.push(id.clone());
            }
            Kind::Answer(id)
                if !step
                    .blocks
                    .iter()
                    .any(|a| a.kind == Kind::Predict(id.clone())) =>
            {
                return Err((
                    b.line,
                    format!("answer for `{id}` answers no question in this step"),
                ));
            }
            Kind::Exercise if step.of(|k| *k == Kind::Check).next().is_none() => {
                return Err((b.line, "an exercise needs a ```python check block".into()));
            }
            _ => {}
        }
    }
    if ids.len() > 1 {
        return Err((step.line, "one question per step".into()));
    }
    Ok(())
}

fn block_kind(info: &str) -> Result<Kind, String> {
    let words: Vec<&str> = info.split_whitespace().collect();
    let attr = |key: &str| {
        words
            .iter()
            .find_map(|w| w.strip_prefix(key).and_then(|w| w.strip_prefix('=')))
            .map(|v| v.trim_matches('"').to_string())
    };
    Ok(match words.as_slice() {
        ["python", "run", ..] => Kind::Run,
        ["python", "step", ..] => Kind::Stepped,
        ["output", ..] => Kind::Output,
        ["python", "predict", ..] => {
            Kind::Predict(attr("id").ok_or("a predict block needs id=NAME")?)
        }
        ["answer", ..] => Kind::Answer(attr("for").ok_or("an answer block needs for=NAME")?),
        ["hint", ..] => Kind::Hint,
        ["repl", ..] => Kind::Repl,
        ["python", "exercise", ..] => Kind::Exercise,
        ["python", "solution", ..] => Kind::Solution,
        ["python", "check", ..] => Kind::Check,
        ["python", other, ..] => return Err(format!("unknown block kind `python {other}`")),
        _ => Kind::Show,
    })
}

/// A TOML basic string, `"..."` (the escapes \" \\ \n only).
fn toml_string(v: &str) -> Option<String> {
    let inner = v.strip_prefix('"')?.strip_suffix('"')?;
    Some(
        inner
            .replace("\\\"", "\"")
            .replace("\\n", "\n")
            .replace("\\\\", "\\"),
    )
}

/// The bundled lessons, then those of `extra` (a directory or a file);
/// malformed ones come back as errors, the others still load.
pub fn load(extra: &[String]) -> (Vec<Lesson>, Vec<LessonError>) {
    let mut lessons = Vec::new();
    let mut errors = Vec::new();
    for (path, text) in BUNDLED {
        match parse(path, text) {
            Ok(l) => lessons.push(l),
            Err(e) => errors.push(e),
        }
    }
    let mut next = lessons.iter().filter_map(Lesson::number).max().unwrap_or(0);
    for dir in extra {
        let (l, e) = load_path(dir);
        for mut lesson in l {
            next += 1;
            (lesson.numbered, lesson.extra) = (Some(next), true);
            lessons.push(lesson);
        }
        errors.extend(e);
    }
    (lessons, errors)
}

/// The lessons of one directory (every `*.md` but README.md) or one file.
pub fn load_path(path: &str) -> (Vec<Lesson>, Vec<LessonError>) {
    let p = std::path::Path::new(path);
    let files: Vec<std::path::PathBuf> = if p.is_dir() {
        let mut f: Vec<_> = std::fs::read_dir(p)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        f.retain(|p| {
            p.extension().is_some_and(|e| e == "md")
                && p.file_name().is_some_and(|n| n != "README.md")
        });
        f.sort();
        f
    } else {
        vec![p.to_path_buf()]
    };
    let (mut lessons, mut errors) = (Vec::new(), Vec::new());
    for f in files {
        let shown = f.display().to_string();
        match crate::script::read_regular(&f) {
            Ok(text) => match parse(&shown, &text) {
                Ok(l) => lessons.push(l),
                Err(e) => errors.push(e),
            },
            Err(msg) => errors.push(LessonError {
                path: shown,
                line: 0,
                msg,
            }),
        }
    }
    (lessons, errors)
}

/// Finds a lesson by number (`3`), name (`03-shared-cells`) or the part
/// of its name after the number (`shared-cells`).
pub fn find<'l>(lessons: &'l [Lesson], key: &str) -> Option<&'l Lesson> {
    let key = key.trim();
    if let Ok(n) = key.parse::<u32>() {
        return lessons.iter().find(|l| l.number() == Some(n));
    }
    lessons.iter().find(|l| {
        l.name == key
            || l.path == key
            || l.name
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '-')
                == key
    })
}

#[cfg(test)]
mod tests {
    use super::{Kind, parse};

    const LESSON: &str = "+++\ntitle = \"T\"\ntopics = [\"a\", \"b\"]\n+++\n\n# T\n\nIntro.\n\n## One\n\nProse.\n\n```python run\nx = 1\n```\n\n## Two\n\n```python predict id=q\nprint(x)\n```\n\n```answer for=q\n1\n```\n\n```hint\nh\n```\n";

    #[test]
    fn parses_front_matter_steps_and_blocks() {
        let l = parse("lessons/07-t.md", LESSON).expect("the sample lesson parses");
        assert_eq!((l.title.as_str(), l.number()), ("T", Some(7)));
        assert_eq!(l.topics, ["a", "b"]);
        assert_eq!(l.intro, "Intro.");
        assert_eq!(l.steps.len(), 2);
        assert_eq!(l.steps[0].blocks[0].kind, Kind::Run);
        assert_eq!(
            l.steps[1].answer().expect("step two has an answer").text,
            "1\n"
        );
        assert_eq!(l.steps[1].blocks[0].line, 20);
    }

    #[test]
    fn malformed_lessons_name_their_line() {
        let no_answer = LESSON.replace("```answer for=q", "```answer for=other");
        let e = parse("x.md", &no_answer).unwrap_err();
        assert_eq!(e.line, 20, "{e}");
        let e = parse("x.md", "+++\ntitle = 3\n+++\n").unwrap_err();
        assert_eq!((e.line, e.to_string().contains("quoted")), (2, true));
        let e = parse("x.md", "no front matter").unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse("x.md", &LESSON.replace("python run", "python runn")).unwrap_err();
        assert!(e.msg.contains("unknown block kind"), "{e}");
    }
}
