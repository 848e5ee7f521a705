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

/// One item being printed: its text, and whether a line of it is wider than [`MARGIN`] where
/// prettyplease would break it in a way the printer does not reproduce.
#[derive(Default)]
pub struct Item {
    text: String,
    too_wide: bool,
}

impl Item {
    /// Empties the item for reuse.
    pub fn clear(&mut self) {
        self.text.clear();
        self.too_wide = false;
    }

    /// The printed text (for an item the printer knows is canonical).
    pub fn into_text(self) -> String {
        self.text
    }

    /// The printed text when every line of it is laid out as prettyplease would.
    pub fn canonical(self) -> Option<String> {
        (!self.too_wide).then_some(self.text)
    }

    /// A line of code at `indent`, which prettyplease leaves whole when it fits [`MARGIN`].
    pub fn line(&mut self, indent: &str, code: &str) {
        self.too_wide |= indent.len() + code.len() > MARGIN;
        self.fixed_line(indent, code);
    }

    /// A line prettyplease never breaks, whatever its width (a lone string literal).
    pub fn fixed_line(&mut self, indent: &str, code: &str) {
        self.text.push_str(indent);
        self.text.push_str(code);
        self.text.push('\n');
    }

    /// A line made of `parts` at `indent` (see [`Item::line`]), copied into the item as they
    /// are rather than joined first.
    pub fn line_of(&mut self, indent: &str, parts: &[&str]) {
        self.too_wide |= indent.len() + parts_len(parts) > MARGIN;
        self.fixed_line_of(indent, parts);
    }

    /// A line made of `parts` that prettyplease never breaks (see [`Item::fixed_line`]).
    pub fn fixed_line_of(&mut self, indent: &str, parts: &[&str]) {
        self.text.push_str(indent);
        for part in parts {
            self.text.push_str(part);
        }
        self.text.push('\n');
    }

    /// `args` joined by `, `, appended.
    fn push_joined(&mut self, args: &[impl AsRef<str>]) {
        for (i, arg) in args.iter().enumerate() {
            if i > 0 {
                self.text.push_str(", ");
            }
            self.text.push_str(arg.as_ref());
        }
    }

    /// Lines the printer knows to be canonical as they are (fixed text).
    pub fn fixed(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// A doc comment line as prettyplease prints it: `///` (or `//!`), a space and the text,
    /// with trailing spaces dropped. Never broken.
    pub fn doc(&mut self, indent: &str, marker: &str, line: &str) {
        self.text.push_str(indent);
        self.text.push_str(marker);
        let text = line.trim_end_matches(' ');
        if !text.is_empty() {
            self.text.push(' ');
            self.text.push_str(text);
        }
        self.text.push('\n');
    }

    /// `#[path(a, b, c)]` on one line when it fits, else one argument a line (prettyplease's
    /// attribute token printer: a consistent box, no trailing comma).
    pub fn attr_list(&mut self, indent: &str, path: &str, args: &[&str]) {
        let width = indent.len()
            + path.len()
            + "#[()]".len()
            + args.iter().map(|a| a.len()).sum::<usize>()
            + 2 * args.len().saturating_sub(1);
        if width <= MARGIN {
            self.line(indent, &format!("#[{path}({})]", args.join(", ")));
            return;
        }
        self.line(indent, &format!("#[{path}("));
        let inner = format!("{indent}{INDENT}");
        for (i, arg) in args.iter().enumerate() {
            if i + 1 < args.len() {
                self.line(&inner, &format!("{arg},"));
            } else {
                self.line(&inner, arg);
            }
        }
        self.line(indent, ")]");
    }

    /// `{head}{args}){suffix}`, where `head` ends with a call's `(`: on one line when it fits,
    /// else one argument a line, each with a comma (prettyplease's call-arguments box). `head`
    /// and string literals have nowhere to break; any other argument is an atom (a path,
    /// `&mut self.x`), and a line of one that is too wide sends the item through prettyplease.
    pub fn call(&mut self, indent: &str, head: &str, args: &[impl AsRef<str>], suffix: &str) {
        if args.is_empty() {
            // `()` has nowhere to break either.
            self.fixed_line_of(indent, &[head, ")", suffix]);
            return;
        }
        let joined_len = joined_len(args);
        if indent.len() + head.len() + joined_len + ")".len() + suffix.len() <= MARGIN {
            self.text.push_str(indent);
            self.text.push_str(head);
            self.push_joined(args);
            self.text.push(')');
            self.text.push_str(suffix);
            self.text.push('\n');
            return;
        }
        self.fixed_line(indent, head);
        let inner = format!("{indent}{INDENT}");
        for (i, arg) in args.iter().enumerate() {
            let arg = arg.as_ref();
            if is_string_literal(arg) {
                self.fixed_line_of(&inner, &[arg, ","]);
            } else {
                self.argument(&inner, arg, i + 1 == args.len());
            }
        }
        self.line_of(indent, &[")", suffix]);
    }

    /// An argument of a broken call, on its own line with a comma: a field of `self` borrowed
    /// (`&mut self.name`) that does not fit is broken before the field, which goes one level
    /// in (prettyplease's member chain), and stays whole there however wide; any other atom
    /// too wide for its line sends the item through prettyplease. The comma after the `last`
    /// argument does not count against the margin: prettyplease prints it only when the call
    /// breaks.
    fn argument(&mut self, indent: &str, arg: &str, last: bool) {
        let comma = if last { 0 } else { ",".len() };
        let fits = indent.len() + arg.len() + comma <= MARGIN;
        if !fits && let Some((base, field)) = self_field(arg) {
            self.fixed_line(indent, base);
            self.fixed_line_of(indent, &[INDENT, ".", field, ","]);
            return;
        }
        self.too_wide |= !fits;
        self.fixed_line_of(indent, &[arg, ","]);
    }

    /// A match arm `{pattern} => {body},` whose body is an atom (a path, a literal): on one line
    /// when it fits, else the body alone on a line, in braces. The comma does not count against
    /// the margin: prettyplease prints it only when the arm stays on one line.
    pub fn arm(&mut self, indent: &str, pattern: &str, body: &str) {
        if indent.len() + pattern.len() + " => ".len() + body.len() <= MARGIN {
            self.fixed_line(indent, &format!("{pattern} => {body},"));
            return;
        }
        self.pattern_line(indent, pattern);
        let inner = format!("{indent}{INDENT}");
        if unbreakable(body) {
            self.fixed_line(&inner, body);
        } else {
            self.line(&inner, body);
        }
        self.line(indent, "}");
    }

    /// A match arm whose body is the call `{head}{args})` (see [`Item::call`]): on one line
    /// when it fits, else the call in braces, broken open itself when it does not fit there.
    pub fn arm_call(&mut self, indent: &str, pattern: &str, head: &str, args: &[&str]) {
        let call_len = head.len() + joined_len(args) + ")".len();
        if indent.len() + pattern.len() + " => ".len() + call_len <= MARGIN {
            self.text.push_str(indent);
            self.text.push_str(pattern);
            self.text.push_str(" => ");
            self.text.push_str(head);
            self.push_joined(args);
            self.text.push_str("),\n");
            return;
        }
        self.pattern_line(indent, pattern);
        self.call(&format!("{indent}{INDENT}"), head, args, "");
        self.line(indent, "}");
    }

    /// `{pattern} => {`, opening an arm's block: a literal or a path has nowhere to break, so
    /// prettyplease leaves the line whole however wide; any other pattern too wide for it sends
    /// the item through prettyplease.
    fn pattern_line(&mut self, indent: &str, pattern: &str) {
        if unbreakable(pattern) {
            self.fixed_line_of(indent, &[pattern, " => {"]);
        } else {
            self.line_of(indent, &[pattern, " => {"]);
        }
    }

    /// `{head} for {name} {`, the first line of a trait impl: on one line when it fits, else
    /// broken before `for` (prettyplease's only break in an impl's header without generics or
    /// a where clause), the `for` line at the item's indentation however wide.
    pub fn impl_for(&mut self, head: &str, name: &str) {
        let one_line = [head, " for ", name, " {"];
        if parts_len(&one_line) <= MARGIN {
            self.fixed_line_of("", &one_line);
        } else {
            self.line("", head);
            self.fixed_line_of("", &["for ", name, " {"]);
        }
    }

    /// `{prefix}{ty}{suffix}` where `ty` is a type whose generics take one argument
    /// (`Option<Vec<crate::models::X>>`): on one line when it fits, else the outermost generic
    /// broken open, its argument on its own line with a trailing comma (prettyplease's
    /// generic-arguments box), and so on inwards.
    pub fn typed_line(&mut self, indent: &str, prefix: &str, ty: &str, suffix: &str) {
        self.typed(indent, prefix, ty, suffix, suffix.len());
    }

    /// [`Item::typed_line`], where only `width` bytes of `suffix` count against the margin:
    /// the comma a broken generic box adds after its argument is printed only when it breaks,
    /// so prettyplease does not count it when deciding whether the argument fits.
    fn typed(&mut self, indent: &str, prefix: &str, ty: &str, suffix: &str, width: usize) {
        let one_line = indent.len() + prefix.len() + ty.len() + width <= MARGIN;
        match (one_line, ty.split_once('<')) {
            (false, Some((head, rest))) if rest.ends_with('>') && !rest.contains(',') => {
                // Nothing before the `<` can break (a field's name, a function's name and
                // `()`), so a line wider than the margin there is printed as it is.
                self.fixed_line_of(indent, &[prefix, head, "<"]);
                let inner = [indent, INDENT].concat();
                self.typed(&inner, "", &rest[..rest.len() - 1], ",", 0);
                self.line_of(indent, &[">", suffix]);
            }
            _ => {
                self.too_wide |= !one_line;
                self.fixed_line_of(indent, &[prefix, ty, suffix]);
            }
        }
    }
}

/// Whether prettyplease prints `text` whole however wide: a string literal, or a path of
/// identifiers (`Enum::Variant`, `other`).
fn unbreakable(text: &str) -> bool {
    is_string_literal(text)
        || (!text.is_empty()
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b':'))
}

/// `&mut self.name` or `&self.name` as the borrowed `self` and the field's name, for a
/// name that is one identifier.
fn self_field(arg: &str) -> Option<(&str, &str)> {
    let (base, field) = arg.split_once('.')?;
    let ident = !field.is_empty()
        && field
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_');
    (matches!(base, "&mut self" | "&self") && ident).then_some((base, field))
}

/// The length of `parts` joined.
fn parts_len(parts: &[&str]) -> usize {
    parts.iter().map(|p| p.len()).sum()
}

/// The length of `args` joined by `, `.
fn joined_len(args: &[impl AsRef<str>]) -> usize {
    args.iter().map(|a| a.as_ref().len()).sum::<usize>() + 2 * args.len().saturating_sub(1)
}

/// Whether `arg` is a string literal (`"..."` or `r#"..."#`), which prettyplease never breaks.
fn is_string_literal(arg: &str) -> bool {
    arg.starts_with('"') || arg.starts_with("r\"") || arg.starts_with("r#")
}

/// Appends an item printed in canonical shape, or, when the printer met a line it cannot
/// break as prettyplease would, the item formatted by prettyplease alone.
pub fn push_item(out: &mut String, file: &str, item: &Item) -> Result<(), RenderError> {
    if item.too_wide {
        out.push_str(&format_rust(file, &item.text)?);
    } else {
        out.push_str(&item.text);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn formatted(text: &str) -> String {
        format_rust("test.rs", text).expect("parses")
    }

    #[test]
    fn attributes_and_types_break_past_the_margin() {
        for n in [1, 20, 21, 40, 60, 75, 80] {
            let name = "x".repeat(n);
            let mut item = Item::default();
            item.fixed("struct S {\n");
            let rename = format!("rename = \"{name}\"");
            item.attr_list(
                INDENT,
                "serde",
                &[
                    &rename,
                    "default",
                    "skip_serializing_if = \"Option::is_none\"",
                ],
            );
            let ty = format!("Option<Vec<Box<crate::models::{}>>>", "T".repeat(n));
            item.typed_line(INDENT, &format!("pub {name}: "), &ty, ",");
            item.fixed("}\n");
            if !item.too_wide {
                assert_eq!(formatted(&item.text), item.text, "{n}");
            }
        }
    }

    /// A function with a call and match arms whose one-line forms are `width` bytes wide (an
    /// arm's without its comma), and the arms `more` adds after them.
    fn calls_and_arms(width: usize, more: impl FnOnce(&mut Item)) -> Item {
        let key = "\"key\"";
        let written = format!("&self.{}", "f".repeat(width - 52));
        let read = format!("&mut self.{}", "f".repeat(width - 54));
        let variant = format!("Enum::{}", "V".repeat(width - 23));
        let mut item = Item::default();
        item.fixed("fn f(map: &mut M) {\n");
        item.call(
            INDENT,
            "crate::members::write(",
            &["&mut map", key, &written],
            "?;",
        );
        item.fixed("    match key {\n");
        item.arm_call("        ", key, "crate::members::read(", &[&read, "map"]);
        item.arm("        ", key, &variant);
        item.arm("        ", &variant, key);
        more(&mut item);
        item.fixed("    }\n}\n");
        item
    }

    /// Calls and match arms whose one-line form is every width from well inside the margin to
    /// past it, so the one-line test and each broken shape meet prettyplease's at the boundary.
    #[test]
    fn calls_and_arms_break_as_prettyplease_does() {
        let (mut one_line, mut broken) = (0, 0);
        for width in 70..=93 {
            let item = calls_and_arms(width, |_| {});
            assert!(!item.too_wide, "{width}");
            assert_eq!(formatted(&item.text), item.text, "{width}");
            if width <= MARGIN {
                assert_eq!(item.text.lines().count(), 8, "{width}");
                one_line += 1;
            } else {
                broken += 1;
            }
        }
        assert_eq!((one_line, broken), (20, 4));
    }

    /// Arms and call arguments with pieces from well inside the margin to far past it:
    /// patterns and bodies that are literals or paths stay whole, a borrowed field of `self`
    /// breaks before the field, and the printer's text is prettyplease's at every width (a
    /// last argument fits without its comma), none left to prettyplease.
    #[test]
    fn wide_atoms_are_printed_as_prettyplease_prints_them() {
        for width in 70..=200 {
            let item = calls_and_arms(width, |item| {
                let long_key = format!("\"{}\"", "k".repeat(width - 60));
                let variant = format!("Enum::{}", "V".repeat(width - 23));
                item.arm_call(
                    "        ",
                    &long_key,
                    "crate::members::read(",
                    &["&mut self.x", "map"],
                );
                item.arm("        ", &variant, &variant);
            });
            assert!(!item.too_wide, "{width}");
            assert_eq!(formatted(&item.text), item.text, "{width}");
        }
    }

    /// Impl headers and signatures without parameters at every width around the margin,
    /// with names long enough that nothing before the break fits.
    #[test]
    fn headers_break_as_prettyplease_does() {
        let mut shapes = std::collections::BTreeSet::new();
        for n in 30..=100 {
            let mut item = Item::default();
            item.impl_for("impl<'de> serde::Deserialize<'de>", &"N".repeat(n));
            item.fixed("    fn f() {}\n}\n");
            let function = format!("pub fn {}() -> ", "f".repeat(n));
            item.typed_line("", &function, "Request<Option<crate::models::X>>", " {");
            item.fixed("    body()\n}\n");
            assert!(!item.too_wide, "{n}");
            assert_eq!(formatted(&item.text), item.text, "{n}");
            shapes.insert((
                item.text.contains("\nfor "),
                item.text.contains("Request<\n"),
            ));
        }
        // Both on one line, the signature alone broken, and both broken.
        assert_eq!(shapes.len(), 3, "{shapes:?}");
    }

    #[test]
    fn doc_lines_lose_trailing_spaces() {
        let mut item = Item::default();
        item.doc("", "///", "");
        item.doc("", "///", "  a b  ");
        item.fixed("struct S;\n");
        assert_eq!(item.text, "///\n///   a b\nstruct S;\n");
        assert_eq!(formatted(&item.text), item.text);
    }

    #[test]
    fn wide_items_go_through_prettyplease() {
        let mut item = Item::default();
        item.fixed("fn f() -> u8 {\n");
        let args = ["argument"; 12].join(", ");
        item.line(INDENT, &format!("let x = call({args});"));
        item.fixed("    0\n}\n");
        assert!(item.too_wide);
        let mut out = String::new();
        push_item(&mut out, "t.rs", &item).expect("parses");
        assert_eq!(out, formatted(&item.text));
        assert_ne!(out, item.text);
    }
}
