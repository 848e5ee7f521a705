//! Graph's other spellings of one resource's address, as the docs' examples use them. A request
//! line documents one spelling; an example may use another that Graph serves as the same
//! resource. [`forms`] lists the spellings an example path is read in, the written one first.

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

/// The spellings an example path is read in: as written (keys as segments), then without the
/// drive shorthands when it uses them.
pub fn forms(path: &str) -> Vec<String> {
    let written = keys_as_segments(path);
    let spelled_out = without_drive_shorthand(&written);
    std::iter::once(written).chain(spelled_out).collect()
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
