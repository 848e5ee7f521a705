//! Output does not depend on the thread count, and no page content makes the generator panic.

use docgen::source::SourceFile;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;

fn docs_input() -> Vec<Arc<SourceFile>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    docgen::files::read_pages_in(&root, &[PathBuf::from("docs-input")])
        .expect("docs-input is readable")
}

fn config() -> docgen::Config {
    docgen::Config {
        link: docgen::link::LinkConfig::default(),
        krate: docgen::render::rust::CrateConfig {
            crate_name: "robustness".into(),
            crate_version: "0.1.0".into(),
            description: "robustness".into(),
            docs_note: "docs-input".into(),
            metadata: Default::default(),
        },
        title: "robustness".into(),
    }
}

fn generate_with_threads(threads: usize, pages: &[Arc<SourceFile>]) -> Vec<(String, String)> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    pool.install(|| {
        docgen::generate(pages, &config())
            .expect("renders")
            .files
            .into_iter()
            .collect()
    })
}

#[test]
fn the_same_bytes_on_one_thread_and_on_four() {
    let mut pages = docs_input();
    // Many pages, so the parallel parse really splits the work.
    let copies: Vec<_> = (0..8)
        .flat_map(|i| {
            pages.iter().map(move |p| {
                Arc::new(SourceFile::new(
                    format!("copy{i}/{}", p.path),
                    p.text.clone(),
                ))
            })
        })
        .collect();
    pages.extend(copies);
    assert_eq!(
        generate_with_threads(1, &pages),
        generate_with_threads(4, &pages)
    );
}

/// Every prefix of every docs-input page (cut at each line, and inside lines), and each page
/// with a line removed, is read without a panic; every fourth damaged page also goes through
/// the renderers (the slow part).
#[test]
fn damaged_pages_never_panic() {
    let linked = docgen::link::LinkConfig::default();
    for page in docs_input() {
        let text = &page.text;
        let mut cuts: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
        cuts.extend(
            (0..text.len())
                .step_by(37)
                .filter(|i| text.is_char_boundary(*i)),
        );
        let lines: Vec<&str> = text.lines().collect();
        let without_line = (0..lines.len()).map(|skip| {
            lines
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, l)| *l)
                .collect::<Vec<_>>()
                .join("\n")
        });
        let damaged: Vec<String> = cuts
            .iter()
            .map(|cut| text[..*cut].to_string())
            .chain(without_line)
            .collect();
        // Each damaged page on its own, on every core: the pages are independent, and a debug
        // build takes half a minute over them on one.
        damaged.into_par_iter().enumerate().for_each(|(n, text)| {
            let page = Arc::new(SourceFile::new(page.path.clone(), text));
            let analysis = docgen::analyze(std::slice::from_ref(&page), &linked);
            assert!(
                analysis
                    .diagnostics
                    .iter()
                    .all(|d| d.location.path == page.path)
            );
            if n % 4 == 0 {
                docgen::generate(&[page], &config()).expect("renders");
            }
        });
    }
}

/// The crate's tests are printed from the plans the check of the examples made: a second
/// render of one analysis, whose plans the first took, reads the examples afresh and gives the
/// same files; plans of another API are refused rather than printed against this one.
#[test]
fn the_checks_plans_print_what_plans_made_afresh_print() {
    let pages = docs_input();
    let config = config();
    let mut analysis = docgen::analyze(&pages, &config.link);
    assert!(!analysis.example_plans.is_empty());
    let first = docgen::render(&mut analysis, &config).expect("renders");
    assert!(analysis.example_plans.is_empty(), "the render takes them");
    let tests = &first["robustness/tests/examples.rs"];
    assert!(tests.contains("#[test]"), "the examples have tests");
    let second = docgen::render(&mut analysis, &config).expect("renders again");
    assert_eq!(first, second);

    let fewer: Vec<Arc<SourceFile>> = pages
        .iter()
        .filter(|p| !p.path.contains("-get"))
        .cloned()
        .collect();
    let other = docgen::analyze(&fewer, &config.link);
    assert_ne!(
        other.api.operations.len(),
        analysis.api.operations.len(),
        "the other API differs"
    );
    let refused =
        docgen::render::rust::render_crate(&analysis.api, other.example_plans, &config.krate)
            .expect_err("plans of another API");
    assert!(
        refused.message.contains("not this API's"),
        "{}",
        refused.message
    );
}
