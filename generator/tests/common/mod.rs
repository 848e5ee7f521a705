//! Pages written in the tests and read as the pipeline reads them, for the test files that
//! share them (`mod common;`).

use docgen::source::SourceFile;
use std::sync::Arc;

/// An API page whose `HTTP request` block holds `lines` and whose response is `status`.
pub fn api_page(title: &str, lines: &str, status: &str) -> String {
    format!(
        "---\ntitle: \"{title}\"\ndoc_type: apiPageType\n---\n\n# {title}\n\nNamespace: microsoft.graph\n\n## HTTP request\n\n<!-- {{ \"blockType\": \"ignored\" }} -->\n``` http\n{lines}\n```\n\n## Response\n\nIf successful, this method returns a `{status}` response code.\n"
    )
}

/// The analysis of `(path, text)` pages, for API v1.0.
pub fn analyze(pages: &[(&str, String)]) -> docgen::Analysis {
    let sources: Vec<Arc<SourceFile>> = pages
        .iter()
        .map(|(path, text)| Arc::new(SourceFile::new(*path, text.as_str())))
        .collect();
    docgen::analyze(
        &sources,
        &docgen::link::LinkConfig {
            version: Some("v1.0".into()),
        },
    )
}
