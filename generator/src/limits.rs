//! Limits on what one page may ask of the generator. Pages are untrusted input (anyone can
//! propose a change to a docs repository), so past each limit the item is reported at its
//! file and line and left out: never a crash, and time and memory stay linear in the input.
//!
//! Each constant names the diagnostic that reports it. The limits are far above anything the
//! Graph docs write (their deepest example JSON is about 10 levels, their longest path has 8
//! parameters), so they change nothing on real pages.

/// Deepest nesting of arrays and objects in an example, an annotation or a JSON
/// representation (D050). Checked by [`json_too_deep`] before any parser sees the text: the
/// JSON readers recurse once per level, and a page may be read on one of rayon's 2 MiB worker
/// stacks.
pub const MAX_JSON_DEPTH: usize = 64;

/// Most items in one example array or object, or one `$select` list (D051).
pub const MAX_ITEMS: usize = 1000;

/// Longest property, type, enum member or parameter name, in bytes (D052).
pub const MAX_NAME_LEN: usize = 256;

/// Most parameters in one request line's path (D053).
pub const MAX_PATH_PARAMS: usize = 64;

/// Longest request line path, in bytes (D053). OpenAPI path keys must stay plain YAML keys,
/// which YAML limits to 1,024 characters.
pub const MAX_PATH_LEN: usize = 1000;

/// Longest request line, in bytes (D053).
pub const MAX_LINE_LEN: usize = 8192;

/// Where JSON(5) text first nests deeper than `max` levels: the byte offset of the bracket
/// that goes too deep, or `None`. One pass with no recursion, so it is safe on any input.
/// Brackets inside strings and comments do not count; brackets that do not match are left to
/// the parser to report.
pub fn json_too_deep(text: &str, max: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    // Strings and comments are skipped with memchr: most of an example's bytes are in strings.
    // Text that ends inside one ends the scan (nothing after it can go deeper).
    while i < bytes.len() {
        match bytes[i] {
            quote @ (b'"' | b'\'') => {
                // To the closing quote, stepping over each escape and the byte it escapes.
                i += 1;
                loop {
                    let rest = bytes.get(i..).unwrap_or_default();
                    match memchr::memchr2(quote, b'\\', rest) {
                        Some(at) if rest[at] == b'\\' => i += at + 2,
                        Some(at) => {
                            i += at;
                            break;
                        }
                        None => return None,
                    }
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |at| i + at);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let from = i + 2;
                // On the comment's closing `/`.
                i = from + memchr::memmem::find(bytes.get(from..)?, b"*/")? + 1;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The 1-based line and column offsets (from the start of `text`) of a byte offset in it, for
/// pointing at a place inside a code block.
pub fn line_col_in(text: &str, offset: usize) -> (u32, u32) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() as u32;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32;
    (line, col)
}

/// The most items any one array or object in `value` holds, without recursion (the value may
/// come from a page).
pub fn most_items(value: &serde_json::Value) -> usize {
    let mut most = 0;
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Array(items) => {
                most = most.max(items.len());
                stack.extend(items.iter());
            }
            serde_json::Value::Object(members) => {
                most = most.max(members.len());
                stack.extend(members.values());
            }
            _ => {}
        }
    }
    most
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_brackets_outside_strings_and_comments() {
        assert_eq!(json_too_deep("[[1]]", 2), None);
        assert_eq!(json_too_deep("[[[1]]]", 2), Some(2));
        assert_eq!(json_too_deep(r#"{"a": "[[[[", 'b': '{{{{'}"#, 1), None);
        assert_eq!(json_too_deep("[ // [[[\n /* {{{ */ 1]", 1), None);
        assert_eq!(json_too_deep(r#"["\"[[[", [1]]"#, 1), Some(10));
        // A comment ends at its `*/`: the `/` after it starts nothing.
        assert_eq!(json_too_deep("/**//[", 0), Some(5));
        assert_eq!(json_too_deep("/*/[", 0), None);
    }

    /// The scan byte by byte, with no skipping: what [`json_too_deep`] must agree with.
    fn depth_byte_by_byte(text: &str, max: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let (mut depth, mut i) = (0usize, 0);
        while i < bytes.len() {
            match bytes[i] {
                quote @ (b'"' | b'\'') => {
                    i += 1;
                    while i < bytes.len() && bytes[i] != quote {
                        i += if bytes[i] == b'\\' { 2 } else { 1 };
                    }
                }
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    i += 2;
                    while i < bytes.len() && !(bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/'))
                    {
                        i += 1;
                    }
                    i += 1;
                }
                b'[' | b'{' => {
                    depth += 1;
                    if depth > max {
                        return Some(i);
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            i += 1;
        }
        None
    }

    /// Every text of up to five bytes out of the brackets, quotes, escapes and comment marks
    /// gets the answer of the plain byte-by-byte scan, at depth limits 0 to 2.
    #[test]
    fn skipping_strings_and_comments_finds_what_a_byte_scan_finds() {
        let alphabet = ["[", "{", "]", "\"", "'", "\\", "/", "*", "\n", "a"];
        let mut texts = vec![String::new()];
        let mut last = texts.clone();
        for _ in 0..5 {
            last = last
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(last.iter().cloned());
        }
        for text in &texts {
            for max in 0..3 {
                assert_eq!(
                    json_too_deep(text, max),
                    depth_byte_by_byte(text, max),
                    "{text:?} {max}"
                );
            }
        }
    }

    #[test]
    fn deep_input_is_scanned_without_recursion() {
        let text = "[".repeat(1_000_000);
        assert_eq!(json_too_deep(&text, MAX_JSON_DEPTH), Some(MAX_JSON_DEPTH));
    }

    #[test]
    fn lines_and_columns_inside_a_block() {
        assert_eq!(line_col_in("ab\ncd", 4), (1, 1));
        assert_eq!(line_col_in("ab", 1), (0, 1));
    }

    #[test]
    fn most_items_finds_the_largest_container() {
        let value = serde_json::json!({"a": [1, 2, 3], "b": {"c": [[1, 2, 3, 4]]}});
        assert_eq!(most_items(&value), 4);
    }
}
