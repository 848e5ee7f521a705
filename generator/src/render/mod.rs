//! Renderers: the IR to files. They know nothing of markdown.

mod areas;
pub mod canonical;
pub mod escape;
pub mod openapi;
pub mod rust;
mod rust_print;
mod rust_tests;
mod test_print;
mod yaml_tree;

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
        let line = error_line(text);
        let context = text.lines().nth(line.saturating_sub(1)).unwrap_or("");
        RenderError {
            file: file.to_string(),
            message: format!("{e} at line {line}: {context}"),
        }
    })?;
    Ok(prettyplease::unparse(&parsed))
}

/// The first line of the first top-level item of `text` that does not parse on its own, or 0.
///
/// proc-macro2 records token locations only with its `span-locations` feature, which costs
/// every parse a per-thread table of all text parsed; this runs only on the error path (a
/// generator bug), where re-parsing item by item is cheap enough. An item is a run of lines
/// ending with a line at column 0 that ends in `}` or `;`, which is how both the canonical
/// printer and prettyplease end top-level items.
fn error_line(text: &str) -> usize {
    let mut chunk = String::new();
    let mut chunk_start = 1;
    for (index, line) in text.lines().enumerate() {
        if chunk.is_empty() {
            if line.trim().is_empty() {
                continue;
            }
            chunk_start = index + 1;
        }
        chunk.push_str(line);
        chunk.push('\n');
        let ends_item = !line.starts_with([' ', '\t']) && line.trim_end().ends_with(['}', ';']);
        if ends_item {
            if syn::parse_file(&chunk).is_err() {
                return chunk_start;
            }
            chunk.clear();
        }
    }
    if !chunk.trim().is_empty() && syn::parse_file(&chunk).is_err() {
        return chunk_start;
    }
    0
}

/// Items printed at a time by [`print_in_order`]: enough to keep every thread busy.
const PRINT_CHUNK: usize = 1024;

/// Prints `items` on every thread and appends their texts to `out` in the items' order. The
/// items are taken a chunk at a time, so besides `out` only one chunk's texts are held: the
/// tests files and the spec's `paths` and `schemas` are tens of MB, and holding every printed
/// piece until the end held the whole text twice.
pub(crate) fn print_in_order<T: Send, E: Send>(
    out: &mut String,
    items: Vec<T>,
    print: impl Fn(T) -> Result<String, E> + Sync + Send,
) -> Result<(), E> {
    use rayon::prelude::*;
    let mut items = items.into_iter();
    loop {
        let chunk: Vec<T> = items.by_ref().take(PRINT_CHUNK).collect();
        if chunk.is_empty() {
            return Ok(());
        }
        let printed = chunk
            .into_par_iter()
            .map(&print)
            .collect::<Result<Vec<String>, E>>()?;
        out.reserve(printed.iter().map(String::len).sum());
        for text in printed {
            out.push_str(&text);
        }
    }
}

/// A Rust string literal for `text` (see [`escape::RustStr`]).
pub fn string_literal(text: &str) -> String {
    escape::RustStr::new(text).into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts come in the items' order whatever the chunks and threads; an item that fails
    /// stops the printing with its error.
    #[test]
    fn printing_in_chunks_keeps_the_items_order() {
        let items: Vec<usize> = (0..PRINT_CHUNK * 2 + 7).collect();
        let mut out = String::from("head;");
        print_in_order(&mut out, items.clone(), |i| Ok::<_, ()>(format!("{i};"))).expect("prints");
        let expected: String = std::iter::once("head;".to_string())
            .chain(items.iter().map(|i| format!("{i};")))
            .collect();
        assert_eq!(out, expected);
        let mut out = String::new();
        let failed = print_in_order(&mut out, items, |i| {
            if i == PRINT_CHUNK + 3 {
                Err(i)
            } else {
                Ok(String::new())
            }
        });
        assert_eq!(failed, Err(PRINT_CHUNK + 3));
    }

    #[test]
    fn a_parse_error_names_the_first_line_of_the_broken_item() {
        let text = "struct A;\n\n/// Doc.\nfn b() {\n    let x = ;\n}\nstruct C;\n";
        let error = format_rust("x.rs", text).expect_err("does not parse");
        assert!(
            error.message.ends_with("at line 3: /// Doc."),
            "{}",
            error.message
        );
    }

    #[test]
    fn an_unclosed_item_is_found_too() {
        let text = "struct A;\nfn b() {\n    let x = 1;\n";
        let error = format_rust("x.rs", text).expect_err("does not parse");
        assert!(
            error.message.ends_with("at line 2: fn b() {"),
            "{}",
            error.message
        );
    }
}
