//! The statements of the contract tests ([`super::rust_tests`]) printed in prettyplease's shape
//! inside a function body (see [`super::canonical`]): one line when a statement fits, and the
//! shapes prettyplease breaks the tests' few statement forms into when it does not. A statement
//! the printer cannot lay out exactly keeps its source, which goes through prettyplease alone.

use super::canonical::{INDENT, Item, MARGIN};

/// The indentation of a statement's continuation lines.
const INNER: &str = "        ";

/// One statement of a test body: its lines in canonical shape when the printer laid it out as
/// prettyplease would, else its source. Only one is kept: the tests file is the crate's
/// largest, and every statement of it is held until it is written.
pub(super) struct Statement {
    /// The canonical lines (indented for a function body), or the source.
    pub text: String,
    /// Whether `text` is canonical; if not, it goes through prettyplease.
    pub canonical: bool,
    /// The source, kept in tests to hold the canonical text to prettyplease's.
    #[cfg(test)]
    source: String,
}

impl Statement {
    fn new(source: String, printed: Option<String>) -> Statement {
        match printed {
            Some(text) => Statement {
                text,
                canonical: true,
                #[cfg(test)]
                source,
            },
            None => Statement {
                #[cfg(test)]
                source: source.clone(),
                text: source,
                canonical: false,
            },
        }
    }

    /// A statement prettyplease prints as written when it fits one line.
    pub fn line(source: String) -> Statement {
        let mut item = Item::default();
        item.line(INDENT, &source);
        Statement::new(source, item.canonical())
    }

    /// `{open}{tokens}{close}`, where `open` ends with a macro's opening delimiter: the
    /// macro's tokens filled as prettyplease's token printer fills them when the statement is
    /// wider than one line (its tokens on lines of their own, broken only where the next piece
    /// does not fit).
    pub fn mac(open: &str, tokens: &Tokens, close: &str) -> Statement {
        let source = [open, &tokens.one_line(), close].concat();
        if INDENT.len() + source.len() <= MARGIN {
            return Statement::line(source);
        }
        let mut item = Item::default();
        item.line(INDENT, open);
        let mut text = String::from(INNER);
        let mut column = INNER.len();
        for (i, (brk, piece)) in tokens.0.iter().enumerate() {
            let blank = usize::from(i > 0 && *brk == Break::Space);
            if i > 0 && column + blank + piece.len() > MARGIN {
                text.push('\n');
                text.push_str(INNER);
                column = INNER.len();
            } else if blank == 1 {
                text.push(' ');
                column += 1;
            }
            text.push_str(piece);
            column += piece.len();
        }
        item.fixed_line("", &text);
        item.line(INDENT, close);
        Statement::new(source, item.canonical())
    }

    /// `{binding} = serde_json::from_value(json({literal})).expect({message});`: on one line
    /// when it fits; else the chain broken before `.expect`, with the call on the first line
    /// when it fits there (prettyplease counts a literal's bytes, line breaks included), else
    /// the call's argument on a line of its own when it fits there, else that broken open too.
    pub fn from_json(binding: &str, literal: &str, message: &str) -> Statement {
        // The literal can be long (an example's JSON): it is copied once, into `source`.
        let source = [
            binding,
            " = serde_json::from_value(json(",
            literal,
            "))",
            ".expect(",
            message,
            ");",
        ]
        .concat();
        let call = &source[..source.len() - ".expect();".len() - message.len()];
        if INDENT.len() + source.len() <= MARGIN {
            return Statement::line(source);
        }
        let mut item = Item::default();
        if INDENT.len() + call.len() <= MARGIN {
            item.line(INDENT, call);
            item.line(INNER, &format!(".expect({message});"));
            return Statement::new(source, item.canonical());
        }
        // `let x: a::b::C = serde_json::from_value(` has nowhere to break: prettyplease leaves
        // it whole however wide the path. A type with generic arguments it breaks inside them
        // once `let x: T<U> = ` passes the margin, a shape this printer leaves to prettyplease.
        let head = format!("{binding} = serde_json::from_value(");
        if binding.contains('<') && INDENT.len() + binding.len() + " = ".len() > MARGIN {
            item.line(INDENT, &head);
        } else {
            item.fixed_line(INDENT, &head);
        }
        // `json(` one level into the broken chain and one into the call; what counts against
        // the margin is the literal and the `)` closing `json(` (the comma after it is printed
        // only when the call breaks, so prettyplease does not count it).
        let argument = "            json(";
        if argument.len() + literal.len() + ")".len() <= MARGIN {
            item.fixed_line(argument, &[literal, "),"].concat());
            item.fixed("        )\n");
            item.line(INNER, &format!(".expect({message});"));
            return Statement::new(source, item.canonical());
        }
        item.fixed("            json(\n");
        item.fixed_line("                ", &[literal, ","].concat());
        item.fixed("            ),\n        )\n");
        item.line(INNER, &format!(".expect({message});"));
        Statement::new(source, item.canonical())
    }

    /// `{head}{args});` for a call whose arguments prettyplease puts one a line, with a
    /// trailing comma, when the statement does not fit one line. `head` is `let x = path(`,
    /// which has nowhere to break (prettyplease leaves it whole however wide), and so is a
    /// string literal argument, however wide or many lines it is.
    pub fn call(head: &str, args: &[String]) -> Statement {
        let source = [head, &args.join(", "), ");"].concat();
        let mut item = Item::default();
        item.call(INDENT, head, args, ";");
        Statement::new(source, item.canonical())
    }

    /// `let {binding} = {path} { fields, ..Default::default() };`. prettyplease breaks a struct
    /// expression open when it is wider than 34 bytes from its path on, which the tests' query
    /// structs always are; a narrower one is left to prettyplease.
    pub fn struct_expr(binding: &str, path: &str, fields: &[String], rest: bool) -> Statement {
        let rest_text = if rest { "..Default::default()" } else { "" };
        let sep = if fields.is_empty() || !rest { "" } else { ", " };
        let source = format!(
            "let {binding} = {path} {{ {}{sep}{rest_text} }};",
            fields.join(", ")
        );
        // At least the path, ` { `, the fields and the rest.
        let width = path.len()
            + " { ".len()
            + fields.iter().map(String::len).sum::<usize>()
            + rest_text.len();
        if width <= 34 || (fields.is_empty() && !rest) {
            return Statement::new(source, None);
        }
        let mut item = Item::default();
        // A path has nowhere to break.
        item.fixed_line(INDENT, &format!("let {binding} = {path} {{"));
        for field in fields {
            item.line(INNER, &format!("{field},"));
        }
        if rest {
            item.line(INNER, rest_text);
        }
        item.line(INDENT, "};");
        Statement::new(source, item.canonical())
    }

    /// A statement whose canonical text is fixed (`printed`, checked against prettyplease by
    /// a test).
    pub fn fixed(source: &str, printed: &str) -> Statement {
        Statement::new(source.to_string(), Some(printed.to_string()))
    }
}

/// Where prettyplease's token printer may break a macro's tokens before a piece.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Break {
    /// A space, or a line break.
    Space,
    /// Nothing, or a line break (before a `.`).
    Dot,
}

/// A macro's tokens as prettyplease's token printer spaces them, in pieces that it may break
/// before: a space between most tokens (`& parsed`, `| (k, v) |`), none before a `.` that
/// follows an identifier or a group, and none inside a `::` path or after an opening delimiter.
#[derive(Default)]
pub(super) struct Tokens(Vec<(Break, String)>);

impl Tokens {
    /// Tokens starting with `text` (glued to the delimiter before them).
    pub fn new(text: &str) -> Tokens {
        Tokens(vec![(Break::Space, text.to_string())])
    }

    /// `text` after a space (a possible break).
    pub fn space(mut self, text: &str) -> Tokens {
        self.0.push((Break::Space, text.to_string()));
        self
    }

    /// `text`, starting with `.`, after a possible break of no width.
    pub fn dot(mut self, text: &str) -> Tokens {
        self.0.push((Break::Dot, text.to_string()));
        self
    }

    /// `text` glued to the piece before it.
    pub fn glue(mut self, text: &str) -> Tokens {
        if let Some((_, last)) = self.0.last_mut() {
            last.push_str(text);
        }
        self
    }

    /// The tokens on one line (also valid Rust source for them).
    fn one_line(&self) -> String {
        let mut out = String::new();
        for (i, (brk, piece)) in self.0.iter().enumerate() {
            if i > 0 && *brk == Break::Space {
                out.push(' ');
            }
            out.push_str(piece);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::format_rust;

    /// The statement as prettyplease prints it in a function body.
    fn formatted(source: &str) -> String {
        let file = format_rust("t.rs", &format!("fn f() {{\n{source}\n}}\n")).expect("parses");
        file["fn f() {\n".len()..file.len() - "}\n".len()].to_string()
    }

    fn check(statement: Statement) -> bool {
        if statement.canonical {
            let expected = formatted(&statement.source);
            assert_eq!(statement.text, expected, "{}", statement.source);
        } else {
            assert_eq!(statement.text, statement.source);
        }
        statement.canonical
    }

    fn json(n: usize) -> String {
        let members: Vec<String> = (0..n).map(|i| format!("  \"m{i}\": \"v\"")).collect();
        format!("r#\"{{\n{}\n}}\"#", members.join(",\n"))
    }

    #[test]
    fn macro_tokens_fill_lines_as_prettyplease_does() {
        let mut printed = 0;
        for n in [0, 10, 30, 40, 50, 55, 60, 70, 80, 95] {
            let path = format!("\"/{}\"", "p".repeat(n));
            printed += usize::from(check(Statement::mac(
                "assert_eq!(",
                &Tokens::new("decoded(request").dot(".path()),").space(&path),
                ");",
            )));
            let pair = Tokens::new("(\"$id\"")
                .dot(".to_string(),")
                .space(&path)
                .dot(".to_string())");
            printed += usize::from(check(Statement::mac(
                "let expected_query: Vec<(String, String)> = vec![",
                &pair,
                "];",
            )));
            printed += usize::from(check(Statement::mac(
                "assert_eq!(",
                &Tokens::new("without_nulls(serde_json::to_value(&")
                    .space("parsed)")
                    .dot(".expect(\"models serialise\")),")
                    .space(&format!("without_nulls(json({}))", json(n / 10))),
                ");",
            )));
            printed += usize::from(check(crate::render::rust_tests::content_type_check(&path)));
        }
        assert!(printed >= 30, "{printed}");
    }

    /// A JSON read into a generic type, at every width of the type around the margin, with
    /// literals of one line and of many.
    #[test]
    fn json_reads_into_generic_types_match_prettyplease() {
        let mut printed = 0;
        for n in 1..100 {
            let binding = format!("let parsed: Collection<crate::models::{}>", "t".repeat(n));
            for literal in [json(0), json(3), format!("\"{}\"", "v".repeat(n))] {
                printed += usize::from(check(Statement::from_json(
                    &binding,
                    &literal,
                    "\"the example response reads as the documented type\"",
                )));
            }
        }
        assert!(printed >= 120, "{printed}");
    }

    #[test]
    fn calls_structs_and_json_reads_match_prettyplease() {
        let mut printed = 0;
        for n in [1, 20, 40, 45, 50, 55, 60, 65, 70, 80, 100] {
            let name = "x".repeat(n);
            let args = vec![format!("\"{name}\""), "&query".to_string()];
            printed += usize::from(check(Statement::call(
                &format!("let request = endpoints::get_{name}("),
                &args,
            )));
            let fields = vec![format!("{name}: Some(true)"), "top: Some(1)".to_string()];
            for rest in [false, true] {
                printed += usize::from(check(Statement::struct_expr(
                    "query",
                    &format!("endpoints::Get{name}Query"),
                    &fields,
                    rest,
                )));
            }
            for binding in [
                format!("let parsed: crate::models::{name}"),
                format!("let parsed: Collection<crate::models::area::{name}>"),
            ] {
                for literal in [json(n / 10), format!("\"{}\"", "v".repeat(n))] {
                    printed += usize::from(check(Statement::from_json(
                        &binding,
                        &literal,
                        "\"the example response reads as the documented type\"",
                    )));
                }
            }
            // A string literal argument, of many lines or one wider than the margin.
            for body in [json(n / 10), format!("\"{}\"", "b".repeat(n * 2))] {
                let args = [
                    "request".to_string(),
                    "\"GET\"".to_string(),
                    "200".to_string(),
                    body,
                    "\"application/json\"".to_string(),
                ];
                printed += usize::from(check(Statement::call(
                    "let (response, received) = exchange_body(",
                    &args,
                )));
            }
        }
        assert!(printed >= 25, "{printed}");
    }
}
