//! Comparing a learner's prediction with what the code printed, leniently:
//! spacing and line breaks do not count (`\n` may be typed for a line
//! break), nor brackets around a list when they are the only difference.
//! A wrong prediction gets a reason that does not give the answer away.

/// What a prediction earned.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Right; with a remark when it was right only leniently.
    Right(Option<&'static str>),
    /// Wrong, and how, in words that keep the answer hidden.
    Wrong(String),
}

/// Compares `guess` with `actual` (the code's output).
pub fn compare(guess: &str, actual: &str) -> Verdict {
    let (guess, actual) = (guess.replace("\\n", "\n"), actual);
    if words(&guess) == words(actual) {
        return Verdict::Right(None);
    }
    if words(&unbracketed(&guess)) == words(&unbracketed(actual)) {
        return Verdict::Right(Some("(Python prints a list with its brackets)"));
    }
    Verdict::Wrong(difference(&guess, actual))
}

/// The words, with every run of whitespace as one space.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Brackets and commas gone: `[1, 2]` and `1 2` read alike.
fn unbracketed(text: &str) -> String {
    text.replace(['[', ']', ','], " ")
}

/// How a wrong guess differs: the number of lines, or the first line that
/// differs (when the guess has its lines), or just that it differs.
fn difference(guess: &str, actual: &str) -> String {
    let theirs: Vec<&str> = actual.lines().filter(|l| !l.trim().is_empty()).collect();
    let ours: Vec<&str> = guess.lines().filter(|l| !l.trim().is_empty()).collect();
    if ours.len() > 1 && ours.len() != theirs.len() {
        return format!(
            "it prints {} line{}, you gave {}",
            theirs.len(),
            if theirs.len() == 1 { "" } else { "s" },
            ours.len()
        );
    }
    if ours.len() == theirs.len() && ours.len() > 1 {
        let first = ours
            .iter()
            .zip(&theirs)
            .position(|(a, b)| words(a) != words(b))
            .unwrap_or(0);
        return format!("line {} is not what it prints", first + 1);
    }
    if theirs.len() > 1 {
        return format!("it prints {} lines", theirs.len());
    }
    "that is not what it prints".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spacing_and_line_breaks_do_not_count() {
        assert_eq!(compare("1 2", "1\n2\n"), Verdict::Right(None));
        assert_eq!(compare("1\\n2", "1\n2\n"), Verdict::Right(None));
        assert_eq!(compare("  [1,  2]", "[1, 2]\n"), Verdict::Right(None));
    }

    #[test]
    fn brackets_around_a_list_are_forgiven() {
        assert!(matches!(
            compare("1, 2, 3", "[1, 2, 3]\n"),
            Verdict::Right(Some(_))
        ));
        assert!(matches!(
            compare("1 2 3", "[1, 2, 3]\n"),
            Verdict::Right(Some(_))
        ));
        assert!(matches!(compare("1 2", "[1, 2, 3]\n"), Verdict::Wrong(_)));
    }

    #[test]
    fn a_wrong_guess_says_how_without_the_answer() {
        assert_eq!(
            compare("a\\nb", "a\nb\nc\n"),
            Verdict::Wrong("it prints 3 lines, you gave 2".into())
        );
        assert_eq!(
            compare("a\\nx\\nc", "a\nb\nc\n"),
            Verdict::Wrong("line 2 is not what it prints".into())
        );
        assert_eq!(
            compare("3", "2\n"),
            Verdict::Wrong("that is not what it prints".into())
        );
    }
}
