//! One escaping rule per output language. Docs text is untrusted: a page may hold quotes,
//! newlines, bidi controls or anything else, and none of it may become code. Every value a
//! template prints went through one of these types or functions first; templates never see a
//! raw docs string.
//!
//! - [`RustStr`]: a complete Rust string literal (quotes included).
//! - [`DocLine`]: one line of a `///` or `//!` comment.
//! - [`feature_name`]: a cargo feature / `cfg(feature)` name in a fixed grammar.
//! - [`toml_str`]: a TOML basic string (quotes included).
//! - [`yaml_text`]: text the YAML emitter can print as it is.

use crate::literal::{self, literal};
use std::borrow::Cow;
use std::fmt;

/// Whether a character must not appear raw in generated Rust (literals or comments): controls
/// (C0 other than tab and newline, DEL, C1), bidi controls that rustc rejects, line and
/// paragraph separators, the byte-order mark and Unicode noncharacters.
pub fn unsafe_char(c: char) -> bool {
    let u = u32::from(c);
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(u, 0x202A..=0x202E | 0x2066..=0x2069 | 0x200E | 0x200F | 0x061C | 0x2028 | 0x2029 | 0xFEFF)
        || matches!(u, 0xFDD0..=0xFDEF)
        || (u & 0xFFFE) == 0xFFFE
}

/// [`unsafe_char`] or a carriage return, with ASCII (most of the docs' text) decided by a
/// range check alone.
fn unsafe_or_cr(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_control() && c != '\n' && c != '\t'
    } else {
        unsafe_char(c)
    }
}

/// A Rust string literal, quotes included. Text that is safe as it is stays readable (plain, or
/// raw `r#"..."#` when it has quotes or backslashes); text with any [`unsafe_char`] or a
/// carriage return is written with escapes instead, since raw literals cannot escape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RustStr(String);

impl RustStr {
    /// The literal for `text`.
    pub fn new(text: &str) -> RustStr {
        // One pass over the bytes (no early exit, so it runs on whole vectors) decides most
        // text: printable ASCII, tabs and line feeds need no escape; anything else is looked
        // at character by character.
        // Flags as bytes and `&`, `|` rather than `&&`: no branch, so the loop runs on vectors.
        let (mut other, mut quote_or_backslash) = (0u8, 0u8);
        for &b in text.as_bytes() {
            other |= u8::from(b.wrapping_sub(b' ') > b'~' - b' ')
                & u8::from(b != b'\n')
                & u8::from(b != b'\t');
            quote_or_backslash |= u8::from(b == b'"') | u8::from(b == b'\\');
        }
        let (other, quote_or_backslash) = (other != 0, quote_or_backslash != 0);
        if other && text.chars().any(unsafe_or_cr) {
            let mut out = String::with_capacity(text.len() + 2);
            out.push('"');
            for c in text.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    c if unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
                    c => out.push(c),
                }
            }
            out.push('"');
            return RustStr(out);
        }
        if !quote_or_backslash {
            return RustStr::wrapped("\"", text, "\"");
        }
        // The shortest run of hashes that does not occur after a quote in the text: linear, as
        // the longest run after a quote bounds it, and each hash is counted after one quote at
        // most. Bytes, not chars: `"` and `#` are ASCII, and no byte of a multi-byte char is.
        let bytes = text.as_bytes();
        let longest = memchr::memchr_iter(b'"', bytes)
            .map(|at| bytes[at + 1..].iter().take_while(|&&b| b == b'#').count())
            .max()
            .unwrap_or(0);
        let hashes = "#".repeat(longest + 1);
        RustStr::wrapped(&format!("r{hashes}\""), text, &format!("\"{hashes}"))
    }

    /// `text` between `open` and `close`, allocated once: `format!` guesses the length from
    /// its pieces and grows, copying, on long text (an example's JSON).
    fn wrapped(open: &str, text: &str, close: &str) -> RustStr {
        let mut out = String::with_capacity(open.len() + text.len() + close.len());
        out.push_str(open);
        out.push_str(text);
        out.push_str(close);
        RustStr(out)
    }

    /// The literal as an owned string.
    pub fn into_string(self) -> String {
        self.0
    }

    /// The literal as source text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RustStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One line of a doc comment: no line breaks of any kind, no [`unsafe_char`] (written as its
/// `U+XXXX` name instead), nothing rustdoc reads as HTML or a link.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocLine(String);

impl DocLine {
    /// Doc lines for free text from the docs: one per line of the text, whatever breaks it
    /// (LF, CR, U+2028, U+2029). Markdown-sensitive characters are neutralised and URLs put
    /// in angle brackets.
    pub fn lines(text: &str) -> Vec<DocLine> {
        // Most text has no carriage return to fold, and is not copied for it.
        let text = if memchr::memchr(b'\r', text.as_bytes()).is_some() {
            Cow::Owned(text.replace("\r\n", "\n"))
        } else {
            Cow::Borrowed(text)
        };
        let text = text
            .strip_suffix(['\n', '\r', '\u{2028}', '\u{2029}'])
            .unwrap_or(&text);
        if text.is_empty() {
            return Vec::new();
        }
        text.split(['\n', '\r', '\u{2028}', '\u{2029}'])
            .map(DocLine::markdown)
            .collect()
    }

    /// A line the generator writes itself, with docs text inside (names, paths): breaks become
    /// spaces and unsafe characters are named, but markdown is kept.
    pub fn text(text: &str) -> DocLine {
        DocLine(plain(text))
    }

    /// An empty line (a paragraph break).
    pub fn blank() -> DocLine {
        DocLine(String::new())
    }

    fn markdown(line: &str) -> DocLine {
        let plain = plain(line.trim_end());
        // Most lines have nothing markdown would read (no character to neutralise, no URL)
        // and no tab to make a space: they stay as they are.
        if !plain
            .bytes()
            .any(|b| matches!(b, b'<' | b'>' | b'[' | b']' | b'`' | b'\t'))
            && !literal::contains(&plain, literal!("http"))
        {
            return DocLine(plain);
        }
        let mut out = String::with_capacity(plain.len() + 8);
        // Words are split on the escaped text's spaces (a tab becomes one), so a URL is
        // bracketed whether it followed a space or a tab.
        for (i, word) in plain.split([' ', '\t']).enumerate() {
            if i > 0 {
                out.push(' ');
            }
            let url = word.starts_with("http://") || word.starts_with("https://");
            if url {
                out.push('<');
            }
            // The text between the characters markdown would read is copied whole; each of
            // those is ASCII, so every cut is at a character boundary.
            let mut rest = word;
            while let Some(at) = rest
                .bytes()
                .position(|b| matches!(b, b'<' | b'>' | b'[' | b']' | b'`'))
            {
                out.push_str(&rest[..at]);
                out.push_str(match rest.as_bytes()[at] {
                    b'<' => "&lt;",
                    b'>' => "&gt;",
                    b'[' => "\\[",
                    b']' => "\\]",
                    _ => "'",
                });
                rest = &rest[at + 1..];
            }
            out.push_str(rest);
            if url {
                out.push('>');
            }
        }
        DocLine(out)
    }

    /// The line's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `text` on one line with every unsafe character named (`U+202E`).
fn plain(text: &str) -> String {
    // Printable ASCII and tabs (most of the docs' text) stay as they are.
    if text.bytes().fold(true, |plain, b| {
        plain & ((b' '..=b'~').contains(&b) || b == b'\t')
    }) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push(' '),
            c if unsafe_char(c) => out.push_str(&format!("U+{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

impl fmt::Display for DocLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Features the generated crate defines for itself; an area may not take their names.
pub const RESERVED_FEATURES: &[&str] = &["default", "client", "full", "shared", "reqwest"];

/// A cargo feature name for an area: lowercase ASCII letters, digits, `-` and `_`, starting
/// with a letter or digit (valid as a TOML bare key and in `cfg(feature = "...")`). Other
/// characters become `-`; a name the crate reserves gets `-area`.
pub fn feature_name(area: &str) -> String {
    let mut name = String::new();
    for c in area.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-' {
            name.push(c);
        } else if !name.ends_with('-') {
            name.push('-');
        }
    }
    let name = name.trim_matches(|c| c == '-' || c == '_').to_string();
    let name = if name.is_empty() {
        "area".to_string()
    } else {
        name
    };
    if RESERVED_FEATURES.contains(&name.as_str()) {
        format!("{name}-area")
    } else {
        name
    }
}

/// A TOML basic string, quotes included.
pub fn toml_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || unsafe_char(c) => {
                out.push_str(&format!("\\u{:04X}", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text the YAML emitter prints as is. YAML allows neither C0/C1 controls nor noncharacters
/// raw in a document, and yaml-rust2's emitter escapes only some C0 controls (and leaves a
/// string with BEL or ESC unquoted), so every control but tab and line breaks (which it quotes
/// and escapes) and every noncharacter is replaced by U+FFFD. U+2028 and U+2029 are line
/// breaks to YAML 1.1 readers (Python's), so they become `\n`, which the emitter escapes.
pub fn yaml_text(text: String) -> String {
    let bad = |c: char| {
        let u = u32::from(c);
        (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
            || matches!(u, 0xFDD0..=0xFDEF | 0x2028 | 0x2029)
            || (u & 0xFFFE) == 0xFFFE
    };
    // Most docs text is ASCII, where only the controls are bad: a byte scan settles it (a
    // fold, not `all`, so the scan is vectorized).
    let plain_ascii = |b: u8| (0x20..0x7F).contains(&b) || matches!(b, b'\t' | b'\n' | b'\r');
    let all_plain = text.bytes().fold(true, |plain, b| plain & plain_ascii(b));
    if !all_plain && text.chars().any(bad) {
        text.chars()
            .map(|c| match c {
                '\u{2028}' | '\u{2029}' => '\n',
                c if bad(c) => '\u{FFFD}',
                c => c,
            })
            .collect()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_text_keeps_ascii_but_controls_and_replaces_the_rest() {
        for c in (0u8..=0x7F).map(char::from) {
            let text = format!("a{c}b");
            let kept = yaml_text(text.clone()) == text;
            assert_eq!(
                kept,
                !c.is_control() || matches!(c, '\t' | '\n' | '\r'),
                "{c:?}"
            );
        }
        assert_eq!(yaml_text("é\u{85}\u{2028}".into()), "é\u{FFFD}\n");
    }

    #[test]
    fn the_ascii_shortcut_agrees_with_unsafe_char() {
        for c in (0u8..=0x7F)
            .map(char::from)
            .chain(['\u{85}', '\u{202E}', 'é'])
        {
            assert_eq!(unsafe_or_cr(c), unsafe_char(c) || c == '\r', "{c:?}");
        }
    }

    #[test]
    fn markdown_escapes_and_brackets_urls_after_spaces_and_tabs() {
        let lines = DocLine::lines("a <b> [c] `d`\thttps://x.y/[z] http://q  \t");
        assert_eq!(
            lines[0].as_str(),
            "a &lt;b&gt; \\[c\\] 'd' <https://x.y/\\[z\\]> <http://q>"
        );
        // Between other characters of any width.
        let lines = DocLine::lines("é<ü>[ß]`ж` <<>>");
        assert_eq!(lines[0].as_str(), "é&lt;ü&gt;\\[ß\\]'ж' &lt;&lt;&gt;&gt;");
        // A tab alone still becomes a space, and a URL alone is still bracketed; a line with
        // neither, nor anything to neutralise, is kept as it is.
        let lines = DocLine::lines("a\tb\nsee http://q (x)\nplain, (x) é ~ \\ {}");
        let lines: Vec<&str> = lines.iter().map(DocLine::as_str).collect();
        assert_eq!(lines, ["a b", "see <http://q> (x)", "plain, (x) é ~ \\ {}"]);
    }

    #[test]
    fn literals() {
        assert_eq!(RustStr::new("abc").as_str(), "\"abc\"");
        assert_eq!(RustStr::new("{\"a\": 1}").as_str(), "r#\"{\"a\": 1}\"#");
        assert_eq!(RustStr::new("\"#").as_str(), "r##\"\"#\"##");
        assert_eq!(
            RustStr::new("a\u{202e}\"b\r").as_str(),
            "\"a\\u{202e}\\\"b\\r\""
        );
        assert_eq!(
            RustStr::new("\u{85}\u{fffe}").as_str(),
            "\"\\u{85}\\u{fffe}\""
        );
    }

    /// The byte shortcuts decide as a look at each character would: every string of up to
    /// three characters out of printable ASCII, the characters each rule singles out and
    /// multi-byte ones reads back as itself from its literal, and is one line of plain text
    /// with the unsafe ones named.
    #[test]
    fn the_byte_shortcuts_agree_with_each_character() {
        let alphabet = [
            'a', ' ', '~', '"', '\\', '#', '\t', '\n', '\r', '\u{7f}', '\u{1f}', 'é', '\u{85}',
            '\u{2028}', '\u{202e}', '\u{fffe}',
        ];
        let mut texts = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
        }
        for text in &texts {
            let literal = RustStr::new(text);
            let read: syn::LitStr =
                syn::parse_str(literal.as_str()).unwrap_or_else(|e| panic!("{literal}: {e}"));
            assert_eq!(read.value(), *text, "{literal}");
            let escaped = text.chars().any(|c| unsafe_char(c) || c == '\r');
            assert_eq!(
                literal.as_str().starts_with('"'),
                escaped || !text.contains(['"', '\\'])
            );
            let expected: String = text
                .chars()
                .map(|c| match c {
                    '\n' | '\r' | '\u{2028}' | '\u{2029}' => " ".to_string(),
                    c if unsafe_char(c) => format!("U+{:04X}", u32::from(c)),
                    c => c.to_string(),
                })
                .collect();
            assert_eq!(plain(text), expected, "{text:?}");
        }
    }

    #[test]
    fn doc_lines() {
        let lines = DocLine::lines("a <br> [x] see https://x.y/z\r\nb\rc\u{2028}d\u{202e}");
        let lines: Vec<&str> = lines.iter().map(DocLine::as_str).collect();
        assert_eq!(
            lines,
            [
                "a &lt;br&gt; \\[x\\] see <https://x.y/z>",
                "b",
                "c",
                "dU+202E"
            ]
        );
        assert_eq!(DocLine::text("x\ny").as_str(), "x y");
    }

    #[test]
    fn features() {
        assert_eq!(feature_name("intune"), "intune");
        assert_eq!(feature_name("client"), "client-area");
        assert_eq!(feature_name("Default"), "default-area");
        assert_eq!(feature_name("a\"]\npub fn x"), "a-pub-fn-x");
        assert_eq!(feature_name("²½"), "area");
    }

    #[test]
    fn toml_and_yaml() {
        assert_eq!(toml_str("a\"b\\\n\u{7f}"), "\"a\\\"b\\\\\\n\\u007F\"");
        assert_eq!(
            yaml_text("a\u{85}b\u{fffe}\u{7}\n".to_string()),
            "a\u{fffd}b\u{fffd}\u{fffd}\n"
        );
    }
}
