//! Source text and positions: every diagnostic and IR item points back here.

use std::sync::{Arc, OnceLock};

/// Where something came from: a page and a 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Location {
    pub path: Arc<str>,
    pub line: u32,
    pub col: u32,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.path, self.line, self.col)
    }
}

/// One input page: its display path and text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: Arc<str>,
    /// The text with line endings normalised to `\n` and no byte order mark (see
    /// [`normalize`]), so a CRLF page has the offsets, lines and columns of its LF twin.
    pub text: String,
    /// The input (folder or page, as given on the command line) the file was found under, when
    /// it was read from disk: includes are resolved only inside the inputs.
    pub root: Option<Arc<str>>,
    line_starts: Vec<usize>,
    /// How many characters come before each [`COLUMN_BLOCK`]-byte block of the text, and the
    /// text's count last, so a column far into a line is counted from the nearest block rather
    /// than from the line's start: on a page with one very long line (a table row of 100,000
    /// cells), a count per cell over its whole line was quadratic in the line's length. Built
    /// the first time such a column is asked for.
    chars_before_block: OnceLock<Vec<usize>>,
}

/// The bytes of text a column count walks over, at most: a column further into its line than
/// this is counted from [`SourceFile::chars_before_block`].
const COLUMN_BLOCK: usize = 256;

/// The characters that start in `bytes`: those not UTF-8 continuation bytes.
fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl SourceFile {
    /// A file from its display path and text; the text is [`normalize`]d.
    pub fn new(path: impl Into<Arc<str>>, text: impl Into<String>) -> SourceFile {
        let text = normalize(text.into());
        // memchr's vectorized search: lines are short, and `match_indices` paid a search set-up
        // per line.
        // Counted first (a vectorized count), so the vector is allocated once.
        let lines = memchr::memchr_iter(b'\n', text.as_bytes()).count();
        let mut line_starts = Vec::with_capacity(lines + 1);
        line_starts.push(0);
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        SourceFile {
            path: path.into(),
            text,
            root: None,
            line_starts,
            chars_before_block: OnceLock::new(),
        }
    }

    /// The same file, marked as found under the input `root`.
    pub fn with_root(mut self, root: impl Into<Arc<str>>) -> SourceFile {
        self.root = Some(root.into());
        self
    }

    /// The location of a byte offset (clamped to the text).
    pub fn location(&self, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line_index = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let line_start = self.line_starts[line_index];
        let col = if !self.text.is_char_boundary(offset) {
            1
        } else if offset - line_start <= COLUMN_BLOCK {
            char_starts(&self.text.as_bytes()[line_start..offset]) + 1
        } else {
            self.chars_before(offset) - self.chars_before(line_start) + 1
        };
        Location {
            path: self.path.clone(),
            line: line_index as u32 + 1,
            col: col as u32,
        }
    }

    /// How many characters come before byte `offset` (at most the text's length).
    fn chars_before(&self, offset: usize) -> usize {
        let blocks = self.chars_before_block.get_or_init(|| {
            let bytes = self.text.as_bytes();
            let mut before: Vec<usize> = bytes
                .chunks(COLUMN_BLOCK)
                .scan(0, |count, block| {
                    let here = *count;
                    *count += char_starts(block);
                    Some(here)
                })
                .collect();
            before.push(char_starts(bytes));
            before
        });
        let block = offset / COLUMN_BLOCK;
        blocks[block] + char_starts(&self.text.as_bytes()[block * COLUMN_BLOCK..offset])
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        let start = *self.line_starts.get((line as usize).checked_sub(1)?)?;
        let rest = self.text.get(start..)?;
        let end = rest.find('\n').unwrap_or(rest.len());
        Some(rest[..end].trim_end_matches('\r'))
    }
}

/// Text as every later stage reads it: a leading UTF-8 byte order mark dropped, CRLF and lone
/// CR line endings turned into LF. Done once, here, so that markdown, YAML and JSON readers
/// and every diagnostic position see one kind of line ending (a CRLF page's front matter was
/// lost otherwise). A missing final newline is left as is: no reader needs it.
pub fn normalize(text: String) -> String {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            // CRLF is one line ending; a lone CR (old Mac files, a stray byte) is one too.
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_lone_cr_and_bom_read_as_the_lf_twin() {
        let lf = SourceFile::new("p.md", "---\ntitle: a\n---\n# T\n\n|x|y|\nend");
        for variant in [
            "---\r\ntitle: a\r\n---\r\n# T\r\n\r\n|x|y|\r\nend",
            "---\rtitle: a\r---\r# T\r\r|x|y|\rend",
            "\u{feff}---\ntitle: a\n---\n# T\n\n|x|y|\nend",
        ] {
            let other = SourceFile::new("p.md", variant);
            assert_eq!(other.text, lf.text);
            let offset = other.text.find("|y").expect("cell");
            assert_eq!(other.location(offset), lf.location(offset));
            assert_eq!(
                (other.location(offset).line, other.location(offset).col),
                (6, 3)
            );
            assert_eq!(other.line_text(7), Some("end"));
        }
    }

    #[test]
    fn locations_are_one_based_and_count_chars() {
        let file = SourceFile::new("p.md", "ab\nçd\n");
        assert_eq!((file.location(0).line, file.location(0).col), (1, 1));
        assert_eq!((file.location(3).line, file.location(3).col), (2, 1));
        // "ç" is two bytes: the offset after it is column 2.
        assert_eq!((file.location(5).line, file.location(5).col), (2, 2));
        assert_eq!(file.line_text(2), Some("çd"));
        assert_eq!(file.line_text(9), None);
    }

    /// Columns counted from blocks are the characters before the offset on its line, at every
    /// offset of lines shorter and longer than a block, with multi-byte characters across
    /// block boundaries; an offset inside a character is column 1, as a slice there fails.
    #[test]
    fn columns_on_long_lines_count_the_characters_before_them() {
        let long: String = "|aé€𝄞".repeat(300);
        let text = format!("short\n{long}\n\n{long}");
        let file = SourceFile::new("p.md", text.as_str());
        let mut line_start = 0;
        for offset in 0..=text.len() {
            let location = file.location(offset);
            let expected = match text.get(line_start..offset) {
                Some(before) => before.chars().count() + 1,
                None => 1,
            };
            assert_eq!(location.col as usize, expected, "offset {offset}");
            if text.as_bytes().get(offset) == Some(&b'\n') {
                line_start = offset + 1;
            }
        }
    }
}
