//! Source text and positions: every diagnostic and IR item points back here.

use std::sync::Arc;

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
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: impl Into<Arc<str>>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile { path: path.into(), text, line_starts }
    }

    /// The location of a byte offset (clamped to the text).
    pub fn location(&self, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line_index = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let line_start = self.line_starts[line_index];
        let col = self.text.get(line_start..offset).map_or(1, |s| s.chars().count() + 1);
        Location { path: self.path.clone(), line: line_index as u32 + 1, col: col as u32 }
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        let start = *self.line_starts.get((line as usize).checked_sub(1)?)?;
        let rest = self.text.get(start..)?;
        let end = rest.find('\n').unwrap_or(rest.len());
        Some(rest[..end].trim_end_matches('\r'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
