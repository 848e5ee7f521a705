//! docgen: Microsoft Graph-style API reference pages in, Rust SDK and OpenAPI out.
//!
//! Pipeline: [`page::parse_page`] (per page, in parallel) → [`lower::lower_page`] →
//! [`link::link`] → renderers ([`render`]). [`analyze`] and [`generate`] run it over pages
//! already in memory; only the `docgen` binary and xtask touch the file system ([`files`]).
pub mod addressing;
pub mod apidiff;
pub mod diagnostics;
pub mod examples;
pub mod files;
pub mod include;
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

/// Parses, lowers and links pages. Partials (include files, see [`include::is_partial`]) are
/// not pages: they are read only through the permissions includes of the pages.
pub fn analyze(sources: &[Arc<SourceFile>], config: &link::LinkConfig) -> Analysis {
    let parsed: Vec<(page::Page, Diagnostics)> = sources
        .par_iter()
        .map(|source| {
            let mut diagnostics = Diagnostics::default();
            let page = page::parse_page(source.clone(), &mut diagnostics);
            (page, diagnostics)
        })
        .collect();
    let library = include::Library::new(&parsed);
    let per_page: Vec<(lower::Fragments, Diagnostics)> = parsed
        .par_iter()
        .filter(|(page, _)| !include::is_partial(page))
        .map(|(page, parse_diagnostics)| {
            let mut diagnostics = Diagnostics {
                items: parse_diagnostics.items.clone(),
            };
            let (spliced, includes) = library.splice_permission_includes(page, &mut diagnostics);
            let mut fragments =
                lower::lower_page(spliced.as_ref().unwrap_or(page), &mut diagnostics);
            fragments.permission_includes = includes;
            (fragments, diagnostics)
        })
        .collect();
    let partials = parsed.len() - per_page.len();
    let mut diagnostics = Diagnostics::default();
    let mut fragments = Vec::with_capacity(per_page.len());
    for (f, d) in per_page {
        fragments.push(f);
        diagnostics.items.extend(d.items);
    }
    let mut page_counts = report::PageCounts::of(&fragments);
    page_counts.partials = partials;
    let api = link::link(fragments, config, &mut diagnostics);
    examples::check_examples(&api, &mut diagnostics);
    let mut items = diagnostics.items;
    items.sort();
    items.dedup();
    let report = report::Report::new(&api, &page_counts, &items);
    Analysis {
        api,
        diagnostics: items,
        report,
    }
}

impl Analysis {
    /// Adds diagnostics found outside the pipeline (reading the inputs: D042), keeping the
    /// list sorted and the report's counts in step.
    pub fn absorb(&mut self, extra: &[Diagnostic]) {
        for d in extra {
            *self
                .report
                .diagnostics_by_code
                .entry(d.code.to_string())
                .or_default() += 1;
        }
        self.diagnostics.extend(extra.iter().cloned());
        self.diagnostics.sort();
        self.diagnostics.dedup();
    }
}

/// The files `generate` produces, keyed by path relative to the output folder.
pub struct Generated {
    pub analysis: Analysis,
    pub files: BTreeMap<String, String>,
}

/// Runs the whole pipeline. Rendering failures (generated text that does not parse) are
/// generator bugs and come back as errors; page problems are in `analysis.diagnostics`.
pub fn generate(
    sources: &[Arc<SourceFile>],
    config: &Config,
) -> Result<Generated, render::RenderError> {
    let analysis = analyze(sources, &config.link);
    let mut files = BTreeMap::new();
    files.insert(
        "openapi.yaml".to_string(),
        render::openapi::render_openapi(&analysis.api, &config.title),
    );
    for (path, text) in render::rust::render_crate(&analysis.api, &config.krate)? {
        files.insert(format!("{}/{path}", config.krate.crate_name), text);
    }
    Ok(Generated { analysis, files })
}
