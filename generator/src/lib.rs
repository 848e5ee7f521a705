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
pub mod literal;
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
    /// The examples' plans, which [`render`] prints the crate's tests from (and takes).
    pub example_plans: examples::ExamplePlans,
    /// How long each stage took (for `cargo xtask bench`; never written into the output).
    pub times: StageTimes,
}

/// Wall time of each stage of one run. `lower` includes splicing permission includes;
/// `examples` includes sorting the diagnostics and counting the report.
#[derive(Debug, Clone, Copy, Default)]
pub struct StageTimes {
    /// Markdown, front matter, annotations and tables of every page (parallel). Most pages are
    /// lowered in the same pass, as each is parsed: that pass's wall time is split between
    /// `parse` and `lower` as the two took time on the threads.
    pub parse: Duration,
    /// Pages to IR fragments (parallel), with the pages that wait for their includes.
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

/// Pages parsed and lowered one after another by a task of [`analyze`]'s first pass.
const PAGES_PER_TASK: usize = 8;

/// Parses, lowers and links pages. Partials (include files, see [`include::is_partial`]) are
/// not pages: they are read only through the permissions includes of the pages.
pub fn analyze(sources: &[Arc<SourceFile>], config: &link::LinkConfig) -> Analysis {
    let mut times = StageTimes::default();
    let started = Instant::now();
    // A page without permissions includes is lowered as soon as it is parsed, and freed: the
    // parsed pages (about three times the size of their text) are then never all held at once.
    // A page with one waits for the library of included files, which needs every page read.
    // A few pages per task: split in a few large runs, the thread whose run held the costlier
    // pages went on alone after the other had finished.
    let read: Vec<(Read, Duration, Duration)> = sources
        .par_iter()
        .with_max_len(PAGES_PER_TASK)
        .map(|source| {
            let mut diagnostics = Diagnostics::default();
            let parse_started = Instant::now();
            let page = page::parse_page(source.clone(), &mut diagnostics);
            let parse_time = parse_started.elapsed();
            if include::is_partial(&page) {
                return (Read::Partial(page, diagnostics), parse_time, Duration::ZERO);
            }
            if include::has_permission_includes(&page) {
                return (Read::Waiting(page, diagnostics), parse_time, Duration::ZERO);
            }
            let lower_started = Instant::now();
            let fragments = lower::lower_page(&page, &mut diagnostics);
            (
                Read::Lowered(fragments, diagnostics),
                parse_time,
                lower_started.elapsed(),
            )
        })
        .collect();
    // The pass's wall time, split between the stages as their time on the threads was.
    let (parse_sum, lower_sum) = read.iter().fold(
        (Duration::ZERO, Duration::ZERO),
        |(p, l), (_, parse, lower)| (p + *parse, l + *lower),
    );
    let pass = started.elapsed();
    let parse_share = parse_sum.as_secs_f64() / (parse_sum + lower_sum).as_secs_f64().max(1e-9);
    times.parse = pass.mul_f64(parse_share);
    let started = Instant::now();
    let read: Vec<Read> = read.into_iter().map(|(r, _, _)| r).collect();
    let library = include::Library::new(
        sources,
        read.iter().filter_map(Read::held),
        |i| match &read[i] {
            Read::Partial(page, d) | Read::Waiting(page, d) => (page.clone(), d.items.clone()),
            Read::Lowered(..) => {
                let mut diagnostics = Diagnostics::default();
                let page = page::parse_page(sources[i].clone(), &mut diagnostics);
                (page, diagnostics.items)
            }
        },
    );
    let files = read.len();
    let per_page: Vec<(lower::Fragments, Diagnostics)> = read
        .into_par_iter()
        .filter_map(|read| match read {
            Read::Lowered(fragments, diagnostics) => Some((fragments, diagnostics)),
            Read::Waiting(page, mut diagnostics) => {
                let (spliced, includes) =
                    library.splice_permission_includes(&page, &mut diagnostics);
                let mut fragments =
                    lower::lower_page(spliced.as_ref().unwrap_or(&page), &mut diagnostics);
                fragments.permission_includes = includes;
                Some((fragments, diagnostics))
            }
            Read::Partial(..) => None,
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
    times.lower = pass - times.parse + started.elapsed();
    let started = Instant::now();
    let api = link::link(fragments, config, &mut diagnostics);
    times.link = started.elapsed();
    let started = Instant::now();
    let (outcomes, example_plans) = examples::check_examples(&api, &mut diagnostics);
    let mut items = diagnostics.items;
    items.sort();
    items.dedup();
    let report = report::Report::new(&api, &page_counts, &items, &outcomes);
    times.examples = started.elapsed();
    Analysis {
        api,
        diagnostics: items,
        report,
        example_plans,
        times,
    }
}

/// A page after the first pass of [`analyze`].
enum Read {
    /// Lowered already (it has no permissions include); the page is freed.
    Lowered(lower::Fragments, Diagnostics),
    /// A page with permissions includes, lowered once every file is read.
    Waiting(page::Page, Diagnostics),
    /// A partial: never lowered, held in case a page includes it.
    Partial(page::Page, Diagnostics),
}

impl Read {
    /// The parsed page, while it is held.
    fn held(&self) -> Option<&page::Page> {
        match self {
            Read::Waiting(page, _) | Read::Partial(page, _) => Some(page),
            Read::Lowered(..) => None,
        }
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
    let files = render(&mut analysis, config)?;
    Ok(Generated { analysis, files })
}

/// The files of an analysis (the second half of [`generate`], for a caller that reports the
/// diagnostics first and can then free the pages), recording the renderers' times in it.
pub fn render(
    analysis: &mut Analysis,
    config: &Config,
) -> Result<BTreeMap<String, String>, render::RenderError> {
    // Taken: the tests consume them. A second render reads the examples again.
    let mut example_plans = std::mem::take(&mut analysis.example_plans);
    if example_plans.is_empty() {
        example_plans = examples::ExamplePlans::of(&analysis.api);
    }
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
            let files = render::rust::render_crate(&analysis.api, example_plans, &config.krate);
            (files, started.elapsed())
        },
    );
    analysis.times.render_openapi = openapi_time;
    analysis.times.render_rust = rust_time;
    let mut files = BTreeMap::new();
    files.insert("openapi.yaml".to_string(), openapi);
    files.extend(crate_files?);
    Ok(files)
}
