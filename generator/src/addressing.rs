//! Graph's other spellings of one resource's address, as the docs' examples use them. A request
//! line documents one spelling; an example may use another that Graph serves as the same
//! resource. [`forms`] lists the spellings an example path is read in, the written one first.

use crate::literal::{self, literal};
use std::borrow::Cow;

/// A URL path with OData key segments spelled as path segments: `/me/messages('AAMk=')/x` →
/// `/me/messages/AAMk=/x`, the form request lines document. Function calls, whose arguments
/// are named (`range(address='A1')`), are left alone.
pub fn keys_as_segments(path: &str) -> String {
    path.split('/')
        .map(|part| {
            let key = part
                .strip_suffix("')")
                .and_then(|p| p.split_once("('"))
                .filter(|(name, key)| {
                    !name.is_empty() && !name.contains('(') && !key.contains('\'')
                });
            match key {
                Some((name, key)) => format!("{name}/{key}"),
                None => part.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The drive shorthands of the OneDrive pages, written out. The drive resource page says its
/// examples "use `/drive`, but other paths are valid too", meaning the signed-in user's
/// `/me/drive`; and a drive's `root` is its root item, which `items/root` also addresses. So
/// `/drive/root/children` is `/me/drive/items/root/children`. `None` when the path uses neither.
pub fn without_drive_shorthand(path: &str) -> Option<String> {
    let leading_slash = path.starts_with('/');
    let mut parts: Vec<Cow<str>> = path
        .split('/')
        .filter(|p| !p.is_empty())
        .map(Cow::Borrowed)
        .collect();
    let mut changed = false;
    if parts
        .first()
        .is_some_and(|p| p.eq_ignore_ascii_case("drive"))
    {
        parts.insert(0, Cow::Borrowed("me"));
        changed = true;
    }
    // `root` right after a drive (`drive`, or `drives/{id}`), and not the `root:/path:` form.
    let mut i = 1;
    while i < parts.len() {
        let after_drive = parts[i - 1].eq_ignore_ascii_case("drive")
            || (i >= 2 && parts[i - 2].eq_ignore_ascii_case("drives"));
        if after_drive && parts[i].eq_ignore_ascii_case("root") {
            parts[i] = Cow::Borrowed("root");
            parts.insert(i, Cow::Borrowed("items"));
            changed = true;
            i += 1;
        }
        i += 1;
    }
    changed.then(|| {
        let joined = parts.join("/");
        if leading_slash {
            format!("/{joined}")
        } else {
            joined
        }
    })
}

/// `resizedRange(deltaRows=1, deltaColumns=2)` as OData writes it, with no space after the
/// commas between a function's arguments (outside quoted values). `None` when there is none.
pub fn compact_arguments(path: &str) -> Option<String> {
    let mut out = String::with_capacity(path.len());
    let (mut depth, mut quoted, mut after_comma, mut changed) = (0u32, false, false, false);
    for c in path.chars() {
        if after_comma && c == ' ' {
            changed = true;
            continue;
        }
        after_comma = false;
        match c {
            '\'' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth = depth.saturating_sub(1),
            ',' if !quoted && depth > 0 => after_comma = true,
            _ => {}
        }
        out.push(c);
    }
    changed.then_some(out)
}

/// `/sites/{hostname}:/{path}` with the colon that closes a path-based address, which Graph
/// lets a path leave out when nothing follows it. `None` when the path does not end in one.
pub fn closed_item_path(path: &str) -> Option<String> {
    let (_, after) = path.split_once(":/")?;
    (!after.is_empty() && !after.contains(':')).then(|| format!("{path}:"))
}

/// `supportedTimeZones(TimeZoneStandard='Iana')` for OData's qualified enum literal
/// `TimeZoneStandard=microsoft.graph.timeZoneStandard'Iana'`: OData 4.01 lets the type prefix
/// go. `None` when no argument has one.
pub fn unqualified_enum_arguments(path: &str) -> Option<String> {
    const PREFIX: &str = "=microsoft.graph.";
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    let mut changed = false;
    while let Some(at) = literal::find(rest, literal!(PREFIX)) {
        let after = &rest[at + PREFIX.len()..];
        let type_name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        out.push_str(&rest[..=at]);
        if after[type_name_len..].starts_with('\'') && type_name_len > 0 {
            rest = &after[type_name_len..];
            changed = true;
        } else {
            out.push_str(&PREFIX[1..]);
            rest = after;
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// The path with each function's named arguments in the order `template` writes them
/// (`getX(skip=4,top=3)` for a template `getX(top={top},skip={skip})`): OData names them, so
/// their order carries nothing. `None` when nothing moves.
pub fn arguments_ordered_as(path: &str, template: &str) -> Option<String> {
    let (parts, wanted): (Vec<&str>, Vec<&str>) =
        (path.split('/').collect(), template.split('/').collect());
    if parts.len() != wanted.len() {
        return None;
    }
    let mut changed = false;
    let mut out: Vec<String> = Vec::with_capacity(parts.len());
    for (part, want) in parts.iter().zip(&wanted) {
        let reordered = match (call(part), call(want)) {
            (Some((name, args)), Some((want_name, want_args)))
                if name.eq_ignore_ascii_case(want_name) && args.len() == want_args.len() =>
            {
                let key = |arg: &str| {
                    arg.split('=')
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_ascii_lowercase()
                };
                let ordered: Option<Vec<&str>> = want_args
                    .iter()
                    .map(|w| {
                        args.iter()
                            .find(|a| key(a) == key(w) && !key(w).is_empty())
                            .copied()
                    })
                    .collect();
                ordered
                    .filter(|o| *o != args)
                    .map(|o| format!("{name}({})", o.join(",")))
            }
            _ => None,
        };
        changed |= reordered.is_some();
        out.push(reordered.unwrap_or_else(|| part.to_string()));
    }
    changed.then(|| out.join("/"))
}

/// `name(a=1,b='x')` as its name and its arguments, split at commas outside quotes.
fn call(segment: &str) -> Option<(&str, Vec<&str>)> {
    let (name, rest) = segment.split_once('(')?;
    let inner = rest.strip_suffix(')')?;
    let mut args = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (i, c) in inner.char_indices() {
        match c {
            '\'' => quoted = !quoted,
            ',' if !quoted => {
                args.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    args.push(&inner[start..]);
    Some((name, args))
}

/// The spellings an example path is read in: as written (keys as segments) first, then with
/// each combination of the other spellings of the same address above.
pub fn forms(path: &str) -> Vec<String> {
    let rewrites: [fn(&str) -> Option<String>; 4] = [
        without_drive_shorthand,
        compact_arguments,
        closed_item_path,
        unqualified_enum_arguments,
    ];
    let mut out = vec![keys_as_segments(path)];
    for rewrite in rewrites {
        for i in 0..out.len() {
            if let Some(other) = rewrite(&out[i]).filter(|other| !out.contains(other)) {
                out.push(other);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_become_segments() {
        assert_eq!(
            keys_as_segments("/me/messages('AAMk=')/attachments('x')"),
            "/me/messages/AAMk=/attachments/x"
        );
        assert_eq!(
            keys_as_segments("/w/range(address='A1')/format"),
            "/w/range(address='A1')/format"
        );
        assert_eq!(keys_as_segments("/users/42"), "/users/42");
    }

    #[test]
    fn drive_shorthands_are_written_out() {
        assert_eq!(
            without_drive_shorthand("/me/drive/root/children").as_deref(),
            Some("/me/drive/items/root/children")
        );
        assert_eq!(
            without_drive_shorthand("/drive/items/7/workbook").as_deref(),
            Some("/me/drive/items/7/workbook")
        );
        assert_eq!(
            without_drive_shorthand("drive/root").as_deref(),
            Some("me/drive/items/root")
        );
        assert_eq!(
            without_drive_shorthand("/drives/b!x/root/delta").as_deref(),
            Some("/drives/b!x/items/root/delta")
        );
        // The path form and paths without a drive are left alone.
        assert_eq!(
            without_drive_shorthand("/me/drive/root:/a.txt:/content"),
            None
        );
        assert_eq!(
            without_drive_shorthand("/me/drive/items/root/children"),
            None
        );
        assert_eq!(without_drive_shorthand("/sites/root"), None);
    }

    #[test]
    fn argument_lists_and_item_paths() {
        assert_eq!(
            compact_arguments("/r/resizedRange(deltaRows=1, deltaColumns=2)").as_deref(),
            Some("/r/resizedRange(deltaRows=1,deltaColumns=2)")
        );
        assert_eq!(compact_arguments("/r/range(address='A1, B2')"), None);
        assert_eq!(compact_arguments("/r/a, b"), None);
        assert_eq!(
            closed_item_path("/sites/contoso.com:/teams/hr").as_deref(),
            Some("/sites/contoso.com:/teams/hr:")
        );
        assert_eq!(
            closed_item_path("/sites/contoso.com:/hr").as_deref(),
            Some("/sites/contoso.com:/hr:")
        );
        assert_eq!(closed_item_path("/me/drive/root:/a.txt:/content"), None);
        assert_eq!(closed_item_path("/me/drive/root:/a.txt:"), None);
    }

    #[test]
    fn enum_literals_lose_their_type() {
        assert_eq!(
            unqualified_enum_arguments("/me/outlook/supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'Iana')").as_deref(),
            Some("/me/outlook/supportedTimeZones(TimeZoneStandard='Iana')")
        );
        assert_eq!(unqualified_enum_arguments("/x(a=microsoft.graph.y)"), None);
        assert_eq!(unqualified_enum_arguments("/x(a='b')"), None);
    }

    #[test]
    fn named_arguments_follow_the_template() {
        assert_eq!(
            arguments_ordered_as(
                "/reports/getX(skip=4,top=3,filter='a,b')",
                "/reports/getX(filter='{filter}',skip={skip},top={top})"
            )
            .as_deref(),
            Some("/reports/getX(filter='a,b',skip=4,top=3)")
        );
        assert_eq!(
            arguments_ordered_as("/r/getX(top=3)", "/r/getX(top={top})"),
            None
        );
        assert_eq!(
            arguments_ordered_as("/r/getX(top=3)", "/r/getX(skip={skip})"),
            None
        );
    }

    #[test]
    fn forms_put_the_written_path_first() {
        assert_eq!(
            forms("/drive/root"),
            vec![
                "/drive/root".to_string(),
                "/me/drive/items/root".to_string()
            ]
        );
        assert_eq!(forms("/me/events('1')"), vec!["/me/events/1".to_string()]);
    }
}
