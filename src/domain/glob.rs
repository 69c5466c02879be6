//! Shell-style glob matching for job names (`*`, `?`, `[...]`, `\`), in O(pattern × text).
//!
//! Syntax:
//! - `*` matches any run of characters, possibly empty (including `/` and `.`);
//! - `?` matches exactly one character;
//! - `[abc]`, `[a-z]` match one character from the set; `[!x]` / `[^x]` negate it; a `]`
//!   right after `[` (or after `[!`) is a literal member; `-` first or last is literal;
//! - `\c` matches `c` literally, outside and inside brackets.
//!
//! Matching is case-sensitive and works on Unicode scalar values. [`glob_match`] never fails:
//! a malformed pattern is matched leniently (an unclosed `[` or a trailing `\` is literal),
//! while [`validate_glob`] rejects it so user input can be refused up front.

/// One element of a parsed pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Literal(char),
    AnyOne,
    Star,
    Class {
        negated: bool,
        ranges: Vec<(char, char)>,
    },
}

impl Token {
    /// Whether this single-character token matches `c` (`Star` never gets here).
    fn matches(&self, c: char) -> bool {
        match self {
            Token::Literal(l) => *l == c,
            Token::AnyOne => true,
            Token::Star => false,
            Token::Class { negated, ranges } => {
                let inside = ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi);
                inside != *negated
            }
        }
    }
}

/// Parses a bracket expression whose `[` is at `chars[start]`.
/// Returns the token and the index just past the closing `]`, or `None` when unclosed.
fn parse_class(
    chars: &[char],
    start: usize,
    strict: bool,
) -> Result<Option<(Token, usize)>, String> {
    let mut i = start + 1;
    let mut negated = false;
    if matches!(chars.get(i), Some('!') | Some('^')) {
        negated = true;
        i += 1;
    }
    let mut ranges = Vec::new();
    let mut first = true;
    loop {
        let Some(&c) = chars.get(i) else {
            return Ok(None);
        };
        if c == ']' && !first {
            return Ok(Some((Token::Class { negated, ranges }, i + 1)));
        }
        first = false;
        // One (possibly escaped) member character.
        let Some((lo, next)) = read_member(chars, i) else {
            return Ok(None);
        };
        i = next;
        // A range `lo-hi`, unless the `-` is the last thing before `]`.
        if chars.get(i) == Some(&'-') && chars.get(i + 1).is_some_and(|&n| n != ']') {
            let Some((hi, next)) = read_member(chars, i + 1) else {
                return Ok(None);
            };
            if hi < lo && strict {
                return Err(format!(
                    "invalid glob: range '{lo}-{hi}' is reversed (write '{hi}-{lo}')"
                ));
            }
            ranges.push((lo, hi));
            i = next;
        } else {
            ranges.push((lo, lo));
        }
    }
}

/// Reads one bracket member at `chars[i]`, honouring a backslash escape.
/// Returns the character and the index after it; `None` at the end of the pattern.
fn read_member(chars: &[char], i: usize) -> Option<(char, usize)> {
    match chars.get(i)? {
        '\\' => match chars.get(i + 1) {
            Some(&e) => Some((e, i + 2)),
            None => Some(('\\', i + 1)),
        },
        &c => Some((c, i + 1)),
    }
}

/// Parses `pattern` into tokens. `strict` turns malformed constructs into errors; otherwise
/// they are read literally.
fn parse(pattern: &str, strict: bool) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut tokens = Vec::with_capacity(chars.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            '*' => {
                // Consecutive stars are one star.
                if tokens.last() != Some(&Token::Star) {
                    tokens.push(Token::Star);
                }
                i += 1;
            }
            '?' => {
                tokens.push(Token::AnyOne);
                i += 1;
            }
            '\\' => match chars.get(i + 1) {
                Some(&e) => {
                    tokens.push(Token::Literal(e));
                    i += 2;
                }
                None if strict => {
                    return Err(
                        "invalid glob: pattern ends with a lone '\\' (write '\\\\' for a backslash)"
                            .to_string(),
                    );
                }
                None => {
                    tokens.push(Token::Literal('\\'));
                    i += 1;
                }
            },
            '[' => match parse_class(&chars, i, strict)? {
                Some((token, next)) => {
                    tokens.push(token);
                    i = next;
                }
                None if strict => {
                    return Err(format!(
                        "invalid glob: '[' at position {} is never closed with ']' (write '\\[' for a literal bracket)",
                        i + 1
                    ));
                }
                None => {
                    tokens.push(Token::Literal('['));
                    i += 1;
                }
            },
            other => {
                tokens.push(Token::Literal(other));
                i += 1;
            }
        }
    }
    Ok(tokens)
}

/// Whether `text` matches the whole of `pattern`.
///
/// Runs in O(len(pattern) × len(text)) at worst: a single backtrack point (the last `*`
/// seen) is enough for globs, so patterns like `a*a*a*a*b` cannot blow up.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    // Lenient parsing never fails; fall back to an exact comparison just in case.
    let tokens = match parse(pattern, false) {
        Ok(tokens) => tokens,
        Err(_) => return pattern == text,
    };
    let text: Vec<char> = text.chars().collect();

    let (mut p, mut t) = (0usize, 0usize);
    // (index of the last star in `tokens`, text index that star currently stops at)
    let mut backtrack: Option<(usize, usize)> = None;
    while t < text.len() {
        match tokens.get(p) {
            Some(Token::Star) => {
                backtrack = Some((p, t));
                p += 1;
                continue;
            }
            Some(token) if text.get(t).is_some_and(|&c| token.matches(c)) => {
                p += 1;
                t += 1;
                continue;
            }
            _ => {}
        }
        match backtrack {
            Some((star, stop)) => {
                // Let the last star swallow one more character and retry after it.
                backtrack = Some((star, stop + 1));
                p = star + 1;
                t = stop + 1;
            }
            None => return false,
        }
    }
    tokens
        .get(p..)
        .unwrap_or(&[])
        .iter()
        .all(|token| *token == Token::Star)
}

/// Checks that `pattern` is a well-formed, non-empty glob.
///
/// Errors (as a message for the user): empty pattern, `[` never closed, a trailing lone `\`,
/// a reversed range such as `[z-a]`.
pub fn validate_glob(pattern: &str) -> Result<(), String> {
    if pattern.is_empty() {
        return Err("invalid glob: the pattern is empty (use '*' to match every job)".to_string());
    }
    parse(pattern, true).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn literals_and_wildcards() {
        assert!(glob_match("backup", "backup"));
        assert!(!glob_match("backup", "backups"));
        assert!(!glob_match("backup", "Backup"));
        assert!(glob_match("backup*", "backup"));
        assert!(glob_match("backup*", "backup-db"));
        assert!(glob_match("*db", "nightly.db"));
        assert!(glob_match("*", ""));
        assert!(glob_match("*", "anything/with/slashes"));
        assert!(glob_match("**", "x"));
        assert!(glob_match("a*b*c", "aXXbYYc"));
        assert!(glob_match("a*b*c", "abc"));
        assert!(!glob_match("a*b*c", "acb"));
        assert!(glob_match("?", "x"));
        assert!(!glob_match("?", ""));
        assert!(!glob_match("?", "xy"));
        assert!(glob_match("db-??", "db-01"));
        assert!(glob_match("*-?", "a-b-c"));
        assert!(glob_match("", ""));
        assert!(!glob_match("", "x"));
        assert!(glob_match("é*ü", "éaaü"));
        assert!(glob_match("?", "ü"));
    }

    #[test]
    fn star_backtracking() {
        assert!(glob_match("*a", "aaaa"));
        assert!(glob_match("*ab", "aab"));
        assert!(glob_match("a*ab", "aaab"));
        assert!(glob_match("*x*y*", "axbxcyd"));
        assert!(!glob_match("*x*y*", "ayx"));
        assert!(glob_match("*.tar.gz", "a.tar.gz.tar.gz"));
        assert!(!glob_match("*.tar.gz", "a.tar.gzip"));
    }

    #[test]
    fn classes() {
        assert!(glob_match("[abc]", "b"));
        assert!(!glob_match("[abc]", "d"));
        assert!(glob_match("db[0-9]", "db7"));
        assert!(!glob_match("db[0-9]", "dbx"));
        assert!(glob_match("[a-cx-z]", "y"));
        assert!(!glob_match("[a-cx-z]", "m"));
        assert!(glob_match("[!x]", "y"));
        assert!(!glob_match("[!x]", "x"));
        assert!(glob_match("[^x]", "y"));
        assert!(!glob_match("[^x]", "x"));
        assert!(!glob_match("[!x]", ""));
        // `]` first is literal; `-` first or last is literal.
        assert!(glob_match("[]]", "]"));
        assert!(glob_match("[!]]", "a"));
        assert!(!glob_match("[!]]", "]"));
        assert!(glob_match("[-a]", "-"));
        assert!(glob_match("[a-]", "-"));
        assert!(!glob_match("[a-]", "b"));
        // `*` and `?` are literal inside brackets.
        assert!(glob_match("[*?]", "*"));
        assert!(!glob_match("[*?]", "a"));
        assert!(glob_match("report-[0-9][0-9]*", "report-42-final"));
    }

    #[test]
    fn escapes() {
        assert!(glob_match(r"a\*b", "a*b"));
        assert!(!glob_match(r"a\*b", "axb"));
        assert!(glob_match(r"\?", "?"));
        assert!(!glob_match(r"\?", "x"));
        assert!(glob_match(r"\[x]", "[x]"));
        assert!(glob_match(r"\\", "\\"));
        assert!(glob_match(r"[\]]", "]"));
        assert!(glob_match(r"[a\-z]", "-"));
        assert!(!glob_match(r"[a\-z]", "m"));
        assert!(glob_match(r"\a", "a"));
    }

    #[test]
    fn malformed_patterns_match_leniently() {
        assert!(glob_match("[abc", "[abc"));
        assert!(!glob_match("[abc", "a"));
        assert!(glob_match("a\\", "a\\"));
        assert!(glob_match("[", "["));
        assert!(glob_match("[]", "[]"));
        assert!(!glob_match("[z-a]", "m"));
    }

    #[test]
    fn validation() {
        assert!(validate_glob("*").is_ok());
        assert!(validate_glob("backup-[0-9]*").is_ok());
        assert!(validate_glob(r"\[literal\]").is_ok());
        assert!(validate_glob("[]]").is_ok());
        assert!(validate_glob("").unwrap_err().contains("empty"));
        assert!(validate_glob("[abc").unwrap_err().contains("never closed"));
        assert!(validate_glob("x[").unwrap_err().contains("never closed"));
        assert!(validate_glob("[]").unwrap_err().contains("never closed"));
        assert!(validate_glob("[!]").unwrap_err().contains("never closed"));
        assert!(validate_glob("a\\").unwrap_err().contains("lone"));
        assert!(validate_glob("[z-a]").unwrap_err().contains("reversed"));
    }

    /// Runs `f` and fails if it takes longer than `limit` (exponential backtracking would).
    fn within<T>(limit: Duration, f: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let out = f();
        assert!(start.elapsed() < limit, "took {:?}", start.elapsed());
        out
    }

    #[test]
    fn pathological_patterns_are_fast() {
        let limit = Duration::from_secs(2);
        let text = "a".repeat(5_000);
        assert!(!within(limit, || glob_match(
            "a*a*a*a*a*a*a*a*a*a*b",
            &text
        )));
        assert!(within(limit, || glob_match("a*a*a*a*a*a*a*a*a*a*", &text)));
        let many_stars = "*a".repeat(200) + "b";
        assert!(!within(limit, || glob_match(&many_stars, &text)));
        let many_q = "?".repeat(4_999) + "*b";
        assert!(!within(limit, || glob_match(&many_q, &text)));
        let stars_only = "*".repeat(10_000);
        assert!(within(limit, || glob_match(&stars_only, &text)));
        let classes = "*[a]".repeat(100) + "[!a]";
        assert!(!within(limit, || glob_match(&classes, &text)));
    }
}
