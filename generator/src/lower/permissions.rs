//! The Permissions section of an API page: scopes by kind, least privileged told apart from
//! higher privileged ones (see [`Permissions`]).

use super::is_todo;
use crate::diagnostics::{self, Diagnostics};
use crate::ir::{PermissionKind, Permissions};
use crate::page::{Page, SectionKind, Table};

/// The page's permissions. Its permissions include, if any, has already been put in the
/// section's place (see [`crate::include`]).
pub fn of_page(page: &Page, diagnostics: &mut Diagnostics) -> Permissions {
    let mut permissions = Permissions::default();
    let Some(section) = page.section(SectionKind::Permissions) else {
        return permissions;
    };
    for table in section.tables() {
        if !transposed(table, &mut permissions) {
            by_rows(table, &mut permissions, diagnostics);
        }
    }
    permissions
}

/// Transposed tables name the permission kinds in the header, one row per resource. Returns
/// false for a table that is not one.
fn transposed(table: &Table, permissions: &mut Permissions) -> bool {
    let kind_columns: Vec<(usize, PermissionKind)> = table
        .header
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(i, c)| Some((i, kind_of(&c.text.to_ascii_lowercase())?)))
        .collect();
    if kind_columns.is_empty() {
        return false;
    }
    for row in &table.rows {
        for (i, kind) in &kind_columns {
            let Some(cell) = row.get(*i) else { continue };
            add_new(permissions, *kind, &cell.text);
        }
    }
    true
}

/// One row per kind. A `Higher privileged` column holds the kind's higher privileged scopes;
/// without one, the scopes are listed from least to most privileged and only the first is
/// least privileged.
fn by_rows(table: &Table, permissions: &mut Permissions, diagnostics: &mut Diagnostics) {
    let higher_column = table.column(|h| h.starts_with("higher"));
    // Intune splits a kind into sub-rows: `Delegated (work or school account)` with an
    // empty cell, then `**Device configuration** | DeviceManagementConfiguration.Read.All`.
    let mut split_kind: Option<PermissionKind> = None;
    for row in &table.rows {
        let (Some(kind_cell), Some(cell)) = (row.first(), row.get(1)) else {
            continue;
        };
        let Some(kind) = kind_of(&kind_cell.text.to_ascii_lowercase()) else {
            if let Some(kind) = split_kind {
                add_new(permissions, kind, &cell.text);
            }
            continue;
        };
        split_kind = cell.text.trim().is_empty().then_some(kind);
        if is_todo(&cell.raw) {
            diagnostics.push(
                diagnostics::TODO_PLACEHOLDER,
                cell.location.clone(),
                format!(
                    "permissions for `{}` are a TODO placeholder",
                    kind_cell.text
                ),
            );
            continue;
        }
        match higher_column.and_then(|i| row.get(i)) {
            Some(higher) => {
                add(permissions, kind, scopes(&cell.text), false);
                add(permissions, kind, scopes(&higher.text), true);
            }
            None if higher_column.is_some() => add(permissions, kind, scopes(&cell.text), false),
            None => {
                let listed = scopes(&cell.text);
                let mut listed = listed.into_iter();
                add(permissions, kind, listed.next(), false);
                add(permissions, kind, listed, true);
            }
        }
    }
}

/// Adds scopes of a kind, least or higher privileged (a scope keeps the first rank given).
fn add(
    permissions: &mut Permissions,
    kind: PermissionKind,
    scopes: impl IntoIterator<Item = String>,
    higher: bool,
) {
    for scope in scopes {
        if permissions.scopes(kind).contains(&scope) {
            continue;
        }
        if higher {
            permissions.higher.insert((kind, scope.clone()));
        }
        permissions.scopes_mut(kind).push(scope);
    }
}

/// Adds the scopes a cell of a transposed or split table lists; the first scope a kind gets is
/// its least privileged, as in a 2021 one-column table.
fn add_new(permissions: &mut Permissions, kind: PermissionKind, cell: &str) {
    let first = permissions.scopes(kind).is_empty();
    let mut listed = scopes(cell).into_iter();
    if first {
        add(permissions, kind, listed.next(), false);
    }
    add(permissions, kind, listed, true);
}

/// The kind a lowercased cell names: `delegated (...)` or `application`.
fn kind_of(text: &str) -> Option<PermissionKind> {
    if text.contains("personal") && text.contains("delegated") {
        Some(PermissionKind::DelegatedPersonal)
    } else if text.contains("delegated") {
        Some(PermissionKind::DelegatedWork)
    } else if text.contains("application") {
        Some(PermissionKind::Application)
    } else {
        None
    }
}

/// Scope names in a permissions cell: `Group.ReadWrite.All, Directory.ReadWrite.All`.
/// `Not supported.` and `Not available.` name none.
fn scopes(text: &str) -> Vec<String> {
    text.split([',', ';', ' ', '\n'])
        .map(|s| {
            s.trim()
                .trim_matches(|c: char| c == '*' || c == '`' || c == '.')
        })
        .filter(|s| {
            s.contains('.')
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-')
        })
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;
    use std::sync::Arc;

    fn permissions(text: &str) -> Permissions {
        let mut d = Diagnostics::default();
        let page = crate::page::parse_page(Arc::new(SourceFile::new("p.md", text)), &mut d);
        of_page(&page, &mut d)
    }

    #[test]
    fn scope_cells() {
        assert_eq!(
            scopes("Group.ReadWrite.All, Directory.ReadWrite.All"),
            ["Group.ReadWrite.All", "Directory.ReadWrite.All"]
        );
        assert!(scopes("Not supported.").is_empty());
        assert!(scopes("Not available.").is_empty());
    }

    #[test]
    fn least_and_higher_columns() {
        let p = permissions(
            "## Permissions\n|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|CloudPC.Read.All|CloudPC.ReadWrite.All|\n|Delegated (personal Microsoft account)|Not supported.|Not supported.|\n|Application|CloudPC.Read.All|Not available.|\n",
        );
        assert_eq!(p.least(PermissionKind::DelegatedWork), ["CloudPC.Read.All"]);
        assert_eq!(
            p.higher_privileged(PermissionKind::DelegatedWork),
            ["CloudPC.ReadWrite.All"]
        );
        assert!(p.delegated_personal.is_empty());
        assert_eq!(p.least(PermissionKind::Application), ["CloudPC.Read.All"]);
        assert!(p.higher_privileged(PermissionKind::Application).is_empty());
    }

    #[test]
    fn two_column_tables_list_least_first() {
        let p = permissions(
            "## Permissions\n|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|User.Read, User.ReadWrite.All|\n|Application|User.Read.All|\n",
        );
        assert_eq!(p.least(PermissionKind::DelegatedWork), ["User.Read"]);
        assert_eq!(
            p.higher_privileged(PermissionKind::DelegatedWork),
            ["User.ReadWrite.All"]
        );
        assert_eq!(p.least(PermissionKind::Application), ["User.Read.All"]);
    }
}
