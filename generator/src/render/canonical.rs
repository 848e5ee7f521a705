//! Rust text written the way prettyplease prints it, so rendering needs no syn parse and no
//! prettyplease pass per file. Printers write each item in prettyplease's shape for the case
//! where everything fits its margin; [`push_item`] checks that it does, and sends an item with a
//! longer line through prettyplease alone (the shapes it breaks lines into depend on widths in
//! ways not worth copying). The output is a fixed point of the formatter; the
//! `render_is_canonical` tests hold every template to that.

use super::{RenderError, format_rust};

/// The width prettyplease fills lines to (its `MARGIN`), in bytes.
pub const MARGIN: usize = 89;

/// The indentation of one block level.
pub const INDENT: &str = "    ";

/// Appends one item printed in canonical shape, or, when a line of code in it (doc comments
/// aside, which are never broken) is wider than [`MARGIN`], the item formatted by prettyplease.
pub fn push_item(out: &mut String, file: &str, item: &str) -> Result<(), RenderError> {
    if fits(item) {
        out.push_str(item);
    } else {
        out.push_str(&reformat(file, item)?);
    }
    Ok(())
}

/// Whether every line but doc comments is at most [`MARGIN`] bytes wide.
pub fn fits(text: &str) -> bool {
    text.lines().all(|line| {
        line.len() <= MARGIN || {
            let code = line.trim_start();
            code.starts_with("///") || code.starts_with("//!")
        }
    })
}

/// `text` (whole items) through syn and prettyplease. Parsing records the text in
/// proc-macro2's per-thread span table; it is cleared afterwards (no span outlives this call),
/// so formatting many items does not keep all of them in memory.
pub fn reformat(file: &str, text: &str) -> Result<String, RenderError> {
    let formatted = format_rust(file, text);
    proc_macro2::extra::invalidate_current_thread_spans();
    formatted
}

/// A doc comment line as prettyplease prints it: `///` (or `//!`), a space and the text, with
/// trailing spaces dropped.
pub fn doc(out: &mut String, indent: &str, marker: &str, line: &str) {
    out.push_str(indent);
    out.push_str(marker);
    let text = line.trim_end_matches(' ');
    if !text.is_empty() {
        out.push(' ');
        out.push_str(text);
    }
    out.push('\n');
}

/// `#[path(a, b, c)]` on one line when it fits, else one argument a line (prettyplease's
/// attribute token printer: a consistent box, no trailing comma).
pub fn attr_list(out: &mut String, indent: &str, path: &str, args: &[&str]) {
    let width = indent.len()
        + path.len()
        + "#[()]".len()
        + args.iter().map(|a| a.len()).sum::<usize>()
        + 2 * args.len().saturating_sub(1);
    out.push_str(indent);
    out.push_str("#[");
    out.push_str(path);
    out.push('(');
    if width <= MARGIN {
        out.push_str(&args.join(", "));
    } else {
        out.push('\n');
        for (i, arg) in args.iter().enumerate() {
            out.push_str(indent);
            out.push_str(INDENT);
            out.push_str(arg);
            if i + 1 < args.len() {
                out.push(',');
            }
            out.push('\n');
        }
        out.push_str(indent);
    }
    out.push_str(")]\n");
}

/// A line of code at `indent`.
pub fn line(out: &mut String, indent: &str, code: &str) {
    out.push_str(indent);
    out.push_str(code);
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn formatted(text: &str) -> String {
        reformat("test.rs", text).expect("parses")
    }

    #[test]
    fn attributes_break_past_the_margin() {
        for name in ["a", &"x".repeat(20), &"x".repeat(21), &"x".repeat(40)] {
            let mut out = String::new();
            let rename = format!("rename = \"{name}\"");
            attr_list(
                &mut out,
                INDENT,
                "serde",
                &[&rename, "default", "skip_serializing_if = \"Option::is_none\""],
            );
            let item = format!("struct S {{\n{out}    f: u8,\n}}\n");
            assert_eq!(formatted(&item), item, "{name}");
        }
    }

    #[test]
    fn doc_lines_lose_trailing_spaces() {
        let mut out = String::new();
        doc(&mut out, "", "///", "");
        doc(&mut out, "", "///", "  a b  ");
        out.push_str("struct S;\n");
        assert_eq!(out, "///\n///   a b\nstruct S;\n");
        assert_eq!(formatted(&out), out);
    }

    #[test]
    fn wide_items_go_through_prettyplease() {
        let item = format!("fn f() -> u8 {{\n    let {} = 1;\n    0\n}}\n", "x".repeat(90));
        assert!(!fits(&item));
        let mut out = String::new();
        push_item(&mut out, "t.rs", &item).expect("parses");
        assert_eq!(out, formatted(&item));
        assert!(fits("/// a long doc line is never broken, whatever its width: ......................................................"));
    }
}
