//! docgen: Microsoft Graph-style API reference pages in, Rust SDK and OpenAPI out.
//!
//! Pipeline: [`page::parse_page`] (per page, in parallel) → [`lower::lower_page`] →
//! [`link::link`] → renderers ([`render`]). [`analyze`] and [`generate`] run it over pages
//! already in memory; only the `docgen` binary and xtask touch the file system ([`files`]).
pub mod addressing;
pub mod diagnostics;
pub mod examples;
pub mod files;
pub mod ir;
pub mod limits;
pub mod link;
pub mod lower;
pub mod naming;
pub mod page;
pub mod render;
pub mod report;
pub mod request_line;
pub mod source;
pub mod typeref;

use diagnostics::{Diagnostic, Diagnostics};
use rayon::prelude::*;
use source::SourceFile;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Everything the pipeline needs besides the pages.
#[derive(Debug, Clone)]
pub struct Config {
    pub link: link::LinkConfig,
    pub krate: render::rust::CrateConfig,
    /// The OpenAPI document's title.
    pub title: String,
}

/// The API read from the pages, with what was found on the way.
pub struct Analysis {
    pub api: ir::Api,
    /// Sorted by location, then code.
    pub diagnostics: Vec<Diagnostic>,
    pub report: report::Report,
}

/// Parses, lowers and links pages.
pub fn analyze(sources: &[Arc<SourceFile>], config: &link::LinkConfig) -> Analysis {
    let per_page: Vec<(lower::Fragments, Diagnostics)> = sources
        .par_iter()
        .map(|source| {
            let mut diagnostics = Diagnostics::default();
            let page = page::parse_page(source.clone(), &mut diagnostics);
            let fragments = lower::lower_page(&page, &mut diagnostics);
            (fragments, diagnostics)
        })
        .collect();
    let mut diagnostics = Diagnostics::default();
    let mut fragments = Vec::with_capacity(per_page.len());
    for (f, d) in per_page {
        fragments.push(f);
        diagnostics.items.extend(d.items);
    }
    let page_counts = report::PageCounts::of(&fragments);
    let api = link::link(fragments, config, &mut diagnostics);
    examples::check_examples(&api, &mut diagnostics);
    let mut items = diagnostics.items;
    items.sort();
    items.dedup();
    let report = report::Report::new(&api, &page_counts, &items);
    Analysis { api, diagnostics: items, report }
}

/// The files `generate` produces, keyed by path relative to the output folder.
pub struct Generated {
    pub analysis: Analysis,
    pub files: BTreeMap<String, String>,
}

/// Runs the whole pipeline. Rendering failures (generated text that does not parse) are
/// generator bugs and come back as errors; page problems are in `analysis.diagnostics`.
pub fn generate(sources: &[Arc<SourceFile>], config: &Config) -> Result<Generated, render::RenderError> {
    let analysis = analyze(sources, &config.link);
    let mut files = BTreeMap::new();
    files.insert("openapi.yaml".to_string(), render::openapi::render_openapi(&analysis.api, &config.title));
    for (path, text) in render::rust::render_crate(&analysis.api, &config.krate)? {
        files.insert(format!("{}/{path}", config.krate.crate_name), text);
    }
    Ok(Generated { analysis, files })
}
