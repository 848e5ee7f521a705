//! Renderers: the IR to files. They know nothing of markdown.

mod areas;
pub mod openapi;
pub mod rust;
mod rust_tests;

/// A renderer's failure: generated text that does not parse, which is a generator bug.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderError {
    pub file: String,
    pub message: String,
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "generated {} is not valid: {}", self.file, self.message)
    }
}

/// Doc-comment lines for free text from the docs, safe for rustdoc: no HTML tags, no link
/// syntax, URLs in angle brackets.
pub fn doc_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            let escaped: String = line
                .trim_end()
                .chars()
                .flat_map(|c| match c {
                    '<' => "&lt;".chars().collect::<Vec<_>>(),
                    '>' => "&gt;".chars().collect(),
                    '[' => "\\[".chars().collect(),
                    ']' => "\\]".chars().collect(),
                    '`' => "'".chars().collect(),
                    '\t' => " ".chars().collect(),
                    c => vec![c],
                })
                .collect();
            escaped
                .split(' ')
                .map(|word| if word.starts_with("http://") || word.starts_with("https://") { format!("<{word}>") } else { word.to_string() })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Parses Rust source and prints it with prettyplease, so output does not depend on rustfmt.
pub fn format_rust(file: &str, text: &str) -> Result<String, RenderError> {
    let parsed = syn::parse_file(text).map_err(|e| {
        let line = e.span().start().line;
        let context = text.lines().nth(line.saturating_sub(1)).unwrap_or("");
        RenderError { file: file.to_string(), message: format!("{e} at line {line}: {context}") }
    })?;
    Ok(prettyplease::unparse(&parsed))
}

/// A Rust string literal for `text`: raw when it has quotes or backslashes.
pub fn string_literal(text: &str) -> String {
    if !text.contains(['"', '\\']) {
        return format!("\"{text}\"");
    }
    let mut hashes = String::from("#");
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{text}\"{hashes}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_text_is_escaped() {
        assert_eq!(doc_lines("a <br> [x] see https://x.y/z"), ["a &lt;br&gt; \\[x\\] see <https://x.y/z>"]);
    }

    #[test]
    fn literals() {
        assert_eq!(string_literal("abc"), "\"abc\"");
        assert_eq!(string_literal("{\"a\": 1}"), "r#\"{\"a\": 1}\"#");
        assert_eq!(string_literal("\"#"), "r##\"\"#\"##");
    }
}
