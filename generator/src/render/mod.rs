//! Renderers: the IR to files. They know nothing of markdown.

mod areas;
pub mod canonical;
pub mod escape;
pub mod openapi;
pub mod rust;
mod rust_print;
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

/// Doc-comment lines for free text from the docs (see [`escape::DocLine::lines`]).
pub fn doc_lines(text: &str) -> Vec<escape::DocLine> {
    escape::DocLine::lines(text)
}

/// Parses Rust source and prints it with prettyplease, so output does not depend on rustfmt.
pub fn format_rust(file: &str, text: &str) -> Result<String, RenderError> {
    let parsed = syn::parse_file(text).map_err(|e| {
        let line = e.span().start().line;
        let context = text.lines().nth(line.saturating_sub(1)).unwrap_or("");
        RenderError {
            file: file.to_string(),
            message: format!("{e} at line {line}: {context}"),
        }
    })?;
    Ok(prettyplease::unparse(&parsed))
}

/// A Rust string literal for `text` (see [`escape::RustStr`]).
pub fn string_literal(text: &str) -> String {
    escape::RustStr::new(text).to_string()
}
