//! `owns` patterns: `*` matches any run of characters (also none), `?` exactly one; every other
//! character matches itself.

/// A compiled `owns` pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    text: String,
    chars: Vec<char>,
}

impl Pattern {
    /// Compiles `text`; an empty or blank pattern is refused (it would own nothing by mistake).
    pub fn new(text: &str) -> Result<Self, String> {
        if text.trim().is_empty() {
            return Err(
                "`owns` is empty: it must match the names this document manages (`acme-*`; `*` \
                 for every name on the account)"
                    .to_owned(),
            );
        }
        Ok(Self {
            text: text.to_owned(),
            chars: text.chars().collect(),
        })
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether `name` matches the whole pattern.
    pub fn matches(&self, name: &str) -> bool {
        let name: Vec<char> = name.chars().collect();
        // Iterative wildcard matching with one backtrack point: linear in practice, no recursion.
        let (mut p, mut n) = (0usize, 0usize);
        let mut star: Option<(usize, usize)> = None;
        while n < name.len() {
            match self.chars.get(p) {
                Some('*') => {
                    star = Some((p, n));
                    p += 1;
                }
                Some('?') => {
                    p += 1;
                    n += 1;
                }
                Some(c) if *c == name[n] => {
                    p += 1;
                    n += 1;
                }
                _ => match star {
                    Some((sp, sn)) => {
                        p = sp + 1;
                        n = sn + 1;
                        star = Some((sp, sn + 1));
                    }
                    None => return false,
                },
            }
        }
        self.chars[p..].iter().all(|c| *c == '*')
    }
}

#[cfg(test)]
mod tests {
    use super::Pattern;

    #[test]
    fn patterns_match_whole_names() {
        let p = Pattern::new("acme-*").unwrap();
        assert!(p.matches("acme-out"));
        assert!(p.matches("acme-"));
        assert!(!p.matches("xacme-out"));
        assert!(!p.matches("acme"));
        let q = Pattern::new("a?c*-in").unwrap();
        assert!(q.matches("abc-in"));
        assert!(q.matches("abcdef-in"));
        assert!(!q.matches("ac-in"));
        assert!(!q.matches("abc-inx"));
        assert!(Pattern::new("*").unwrap().matches(""));
        assert!(Pattern::new("exact").unwrap().matches("exact"));
        assert!(!Pattern::new("exact").unwrap().matches("exactly"));
        assert!(Pattern::new("  ").is_err());
        // Many stars against a long name: no exponential blow-up.
        let long = "a".repeat(5_000);
        assert!(!Pattern::new("*a*a*a*a*a*b").unwrap().matches(&long));
    }
}
