//! docgen: Microsoft Graph-style API reference pages in, Rust SDK and OpenAPI out.
//!
//! Pipeline: [`page::parse_page`] (per page, in parallel) → [`lower::lower_page`] →
//! [`link::link`] → renderers ([`render`]). [`analyze`] and [`generate`] run it over pages
//! already in memory; only the `docgen` binary and xtask touch the file system ([`files`]).
pub mod addressing;
pub mod allocator;
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
pub mod spellings;
pub mod typeref;

use diagnostics::{Diagnostic, Diagnostics};
use rayon::prelude::*;
use source::SourceFile;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

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
    /// How long each stage took (for `cargo xtask bench`; never written into the output).
    pub times: StageTimes,
}

/// Wall time of each stage of one run. `lower` includes splicing permission includes;
/// `examples` includes sorting the diagnostics and counting the report.
#[derive(Debug, Clone, Copy, Default)]
pub struct StageTimes {
    /// Markdown, front matter, annotations and tables of every page (parallel).
    pub parse: Duration,
    /// Pages to IR fragments (parallel).
    pub lower: Duration,
    /// Fragments to one API: references, inheritance, names.
    pub link: Duration,
    /// The docs' examples read against their operations, and the report.
    pub examples: Duration,
    /// The crate's files (`generate` only), printed while `openapi.yaml` is.
    pub render_rust: Duration,
    /// `openapi.yaml` (`generate` only), printed while the crate's files are.
    pub render_openapi: Duration,
}

/// Parses, lowers and links pages. Partials (include files, see [`include::is_partial`]) are
/// not pages: they are read only through the permissions includes of the pages.
pub fn analyze(sources: &[Arc<SourceFile>], config: &link::LinkConfig) -> Analysis {
    let mut times = StageTimes::default();
    let started = Instant::now();
    let parsed: Vec<(page::Page, Diagnostics)> = sources
        .par_iter()
        .map(|source| {
            let mut diagnostics = Diagnostics::default();
            let page = page::parse_page(source.clone(), &mut diagnostics);
            (page, diagnostics)
        })
        .collect();
    times.parse = started.elapsed();
    let started = Instant::now();
    let library = include::Library::new(&parsed);
    let files = parsed.len();
    // Each page is lowered and freed in turn (the library keeps copies of the files that
    // includes name), so the parsed pages and the fragments are never all held at once.
    let per_page: Vec<(lower::Fragments, Diagnostics)> = parsed
        .into_par_iter()
        .filter(|(page, _)| !include::is_partial(page))
        .map(|(page, mut diagnostics)| {
            let (spliced, includes) = library.splice_permission_includes(&page, &mut diagnostics);
            let mut fragments =
                lower::lower_page(spliced.as_ref().unwrap_or(&page), &mut diagnostics);
            fragments.permission_includes = includes;
            (fragments, diagnostics)
        })
        .collect();
    drop(library);
    let partials = files - per_page.len();
    let mut diagnostics = Diagnostics::default();
    let mut fragments = Vec::with_capacity(per_page.len());
    for (f, d) in per_page {
        fragments.push(f);
        diagnostics.items.extend(d.items);
    }
    let mut page_counts = report::PageCounts::of(&fragments);
    page_counts.partials = partials;
    times.lower = started.elapsed();
    let started = Instant::now();
    let api = link::link(fragments, config, &mut diagnostics);
    times.link = started.elapsed();
    let started = Instant::now();
    let outcomes = examples::check_examples(&api, &mut diagnostics);
    let mut items = diagnostics.items;
    items.sort();
    items.dedup();
    let report = report::Report::new(&api, &page_counts, &items, &outcomes);
    times.examples = started.elapsed();
    Analysis {
        api,
        diagnostics: items,
        report,
        times,
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
    let mut analysis = analyze(sources, &config.link);
    // The spec is printed on one thread while the crate's files are printed on the others.
    let ((openapi, openapi_time), (crate_files, rust_time)) = rayon::join(
        || {
            let started = Instant::now();
            let text = render::openapi::render_openapi(
                &analysis.api,
                &config.title,
                &config.krate.crate_version,
            );
            (text, started.elapsed())
        },
        || {
            let started = Instant::now();
            let files = render::rust::render_crate(&analysis.api, &config.krate);
            (files, started.elapsed())
        },
    );
    analysis.times.render_openapi = openapi_time;
    analysis.times.render_rust = rust_time;
    let mut files = BTreeMap::new();
    files.insert("openapi.yaml".to_string(), openapi);
    files.extend(crate_files?);
    Ok(Generated { analysis, files })
}
