//! Names for imported entries: stable content slugs (FNV-1a 64), file prefixes, job names.

/// Longest readable word put in front of the hash.
const WORD_MAX: usize = 20;
/// Word used when the command yields none.
const FALLBACK_WORD: &str = "job";
/// Prefix used when a file name yields none.
const FALLBACK_PREFIX: &str = "crontab";

/// Words that run (or introduce) another command: skipped on their own.
const PREFIX_WORDS: &[&str] = &[
    "if", "then", "else", "elif", "do", "while", "until", "!", "{", "(", "exec", "command",
    "builtin", "nice", "nohup", "time", "timeout", "env",
];
/// Commands that only test or prepare: skipped with their arguments, up to `&&`, `||`, `;`, `|`.
const GUARD_WORDS: &[&str] = &["[", "[[", "test", "cd", "true", "false", ":", "sleep"];

/// Characters allowed in job names (spec §2): ASCII letters, digits, `.`, `_`, `-`.
fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')
}

/// Replaces every character not allowed in job names with `-` (one for one).
pub fn sanitize_name_part(s: &str) -> String {
    s.chars()
        .map(|c| if is_name_char(c) { c } else { '-' })
        .collect()
}

/// Prefix from a file's base name (`stdin` for "-"): characters not allowed in job names
/// replaced by `-`; never empty (`crontab` when the name yields nothing).
pub fn default_prefix(file_name: &str) -> String {
    if file_name == "-" {
        return "stdin".to_string();
    }
    let base = file_name
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default();
    if base.is_empty() {
        FALLBACK_PREFIX.to_string()
    } else {
        sanitize_name_part(base)
    }
}

/// Final job name: "PREFIX-SLUG", valid job-name characters only (both parts sanitized; an
/// empty prefix becomes `crontab`, an empty slug `job`).
pub fn job_name(prefix: &str, slug: &str) -> String {
    let prefix = if prefix.is_empty() {
        FALLBACK_PREFIX.to_string()
    } else {
        sanitize_name_part(prefix)
    };
    let slug = if slug.is_empty() {
        FALLBACK_WORD.to_string()
    } else {
        sanitize_name_part(slug)
    };
    format!("{prefix}-{slug}")
}

/// FNV-1a, 64 bits (stable across Rust versions and platforms, unlike `DefaultHasher`).
struct Fnv1a(u64);

impl Fnv1a {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    fn new() -> Self {
        Self(Self::OFFSET)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(Self::PRIME);
        }
    }

    /// Writes an optional field unambiguously: presence byte, then length, then bytes.
    fn field(&mut self, value: Option<&str>) {
        match value {
            None => self.write(&[0]),
            Some(s) => {
                self.write(&[1]);
                self.write(&(s.len() as u64).to_le_bytes());
                self.write(s.as_bytes());
            }
        }
    }
}

#[cfg(test)]
pub(super) fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = Fnv1a::new();
    h.write(bytes);
    h.0
}

/// 32-bit fingerprint of an entry's content (64-bit FNV-1a folded by xor).
fn fingerprint(schedule: &str, user: Option<&str>, command: &str, stdin: Option<&str>) -> u32 {
    let mut h = Fnv1a::new();
    h.write(b"jobctl-crontab-entry-v1");
    h.field(Some(schedule));
    h.field(user);
    h.field(Some(command));
    h.field(stdin);
    // Truncation intended: fold the 64-bit hash into 32 bits.
    ((h.0 >> 32) ^ h.0) as u32
}

/// `WORD-XXXXXXXX`: a readable word from the command and 8 hex digits of the content hash.
/// Any change of schedule, user, command or stdin changes it; nothing else does.
pub(super) fn entry_slug(
    schedule: &str,
    user: Option<&str>,
    command: &str,
    stdin: Option<&str>,
) -> String {
    let word = command_word(command);
    let hash = fingerprint(schedule, user, command, stdin);
    format!("{word}-{hash:08x}")
}

/// 8 hex digits identifying how an entry runs besides its content: its (resolved) time zone,
/// shell and environment. Names the later of two entries that share a content slug.
pub fn variant_suffix(
    time_zone: &str,
    shell: Option<&str>,
    env: &std::collections::BTreeMap<String, String>,
) -> String {
    let mut h = Fnv1a::new();
    h.write(b"jobctl-crontab-variant-v1");
    h.field(Some(time_zone));
    h.field(shell);
    h.write(&(env.len() as u64).to_le_bytes());
    for (k, v) in env {
        h.field(Some(k));
        h.field(Some(v));
    }
    // Truncation intended: fold the 64-bit hash into 32 bits.
    format!("{:08x}", ((h.0 >> 32) ^ h.0) as u32)
}

/// Lower-cased, sanitized, runs of `-` collapsed, no leading/trailing `-`/`.`, ≤ 20 chars.
fn slug_word(s: &str) -> String {
    let mut word = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = if is_name_char(c) { c } else { '-' };
        if !(c == '-' && word.ends_with('-')) {
            word.push(c);
        }
    }
    let word = word.trim_matches(['-', '.']);
    // ASCII only, so byte truncation is on a char boundary.
    let word = &word[..word.len().min(WORD_MAX)];
    word.trim_end_matches(['-', '.']).to_string()
}

fn is_separator(token: &str) -> bool {
    token.chars().all(|c| matches!(c, '&' | '|' | ';'))
        || token == "then"
        || token == "do"
        || token.ends_with(';')
}

fn is_assignment(token: &str) -> bool {
    token
        .split_once('=')
        .is_some_and(|(name, _)| super::env_line::is_identifier(name))
}

/// The first program's base name in a shell command, skipping guards (`test -x … &&`, `[ … ]`,
/// `cd dir &&`), wrappers (`nice`, `env`, `if`, …), options, numbers, assignments and
/// redirections. `FALLBACK_WORD` when nothing readable is found.
pub(super) fn command_word(command: &str) -> String {
    let mut in_guard = false;
    for token in command
        .split([' ', '\t'])
        .filter(|t| !t.is_empty())
        .take(64)
    {
        if in_guard {
            in_guard = !is_separator(token);
            continue;
        }
        if token.chars().all(|c| matches!(c, '&' | '|' | ';')) {
            continue;
        }
        let bare = token.trim_start_matches(['(', '{', '!', '"', '\'', '`']);
        if GUARD_WORDS.contains(&bare) {
            in_guard = !token.ends_with(';');
            continue;
        }
        if PREFIX_WORDS.contains(&token)
            || bare.is_empty()
            || bare.starts_with('-')
            || bare.contains(['<', '>'])
            || bare.chars().all(|c| c.is_ascii_digit())
            || is_assignment(bare)
        {
            continue;
        }
        let bare = bare.trim_end_matches([')', '}', ';', '"', '\'', '`', '&', '|']);
        let base = bare.rsplit('/').next().unwrap_or(bare);
        let word = slug_word(base);
        if !word.is_empty() {
            return word;
        }
    }
    FALLBACK_WORD.to_string()
}
