//! Searching text for fixed strings with searchers built once.
//!
//! `str::find` and `str::contains` with a `&str` set up a two-way searcher on every call,
//! which on a table cell or a request line costs more than the search itself: on beta, `check`
//! spent about 3% of its instructions setting up and running them. [`literal!`] gives memchr's
//! searcher for a string literal, built the first time it is used and kept.

use memchr::memmem::Finder;

/// The searcher (a `&'static memchr::memmem::Finder`) for a `&'static str` (a literal or a
/// constant), built the first time this use of the macro runs.
macro_rules! literal {
    ($text:expr) => {{
        static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new($text));
        &*FINDER
    }};
}
pub(crate) use literal;

/// The byte offset of the first occurrence of `needle`'s text in `haystack`.
pub fn find(haystack: &str, needle: &Finder<'_>) -> Option<usize> {
    needle.find(haystack.as_bytes())
}

/// Whether `haystack` contains `needle`'s text.
pub fn contains(haystack: &str, needle: &Finder<'_>) -> bool {
    find(haystack, needle).is_some()
}

/// `haystack` around the first occurrence of `needle`'s text, as `str::split_once` splits it.
pub fn split_once<'a>(haystack: &'a str, needle: &Finder<'_>) -> Option<(&'a str, &'a str)> {
    let at = find(haystack, needle)?;
    // A match of valid UTF-8 in valid UTF-8 starts and ends on character boundaries.
    Some((
        haystack.get(..at)?,
        haystack.get(at + needle.needle().len()..)?,
    ))
}

/// The byte offset of the first occurrence of `needle` (ASCII) in `text`, ignoring ASCII
/// case, without a lowercased copy of `text`. Each place where `needle`'s first byte occurs is
/// compared over `needle`'s length at most.
pub fn find_ignoring_case(text: &str, needle: &str) -> Option<usize> {
    let (bytes, wanted) = (text.as_bytes(), needle.as_bytes());
    let Some(&first) = wanted.first() else {
        return Some(0);
    };
    memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        bytes,
    )
    .find(|&at| {
        bytes[at..]
            .get(..wanted.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(wanted))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The searches agree with `str`'s on matches at either end, in the middle, repeated,
    /// after multi-byte characters, and on none.
    #[test]
    fn searches_agree_with_str() {
        let texts = [
            "",
            "graph.microsoft.com/v1.0/me",
            "https://graph.microsoft.com/beta/users?$top=1",
            "é€ graph.microsoft.com/ x graph.microsoft.com/",
            "graph.microsoft.co",
            "no host here",
        ];
        for text in texts {
            let needle = literal!("graph.microsoft.com/");
            assert_eq!(
                find(text, needle),
                text.find("graph.microsoft.com/"),
                "{text}"
            );
            assert_eq!(
                contains(text, needle),
                text.contains("graph.microsoft.com/")
            );
            assert_eq!(
                split_once(text, needle),
                text.split_once("graph.microsoft.com/"),
                "{text}"
            );
            for wanted in ["graph.microsoft.com/", "MICROSOFT", "Graph", "é", ""] {
                assert_eq!(
                    find_ignoring_case(text, wanted),
                    text.to_ascii_lowercase().find(&wanted.to_ascii_lowercase()),
                    "{wanted} in {text}"
                );
            }
        }
    }
}
