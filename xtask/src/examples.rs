//! `cargo xtask examples [2021|recent] [v1.0|beta]...`: the docs' examples as contract tests over the corpus.
//! Examples that cannot be read against their operation (PlanError causes) are failures of
//! the docs, reported as D016 on their pages; every other example becomes three tests in the
//! generated crate (request built, response read, client against wiremock), which are built
//! here by clippy-driver (the build lints the crates too) and run. Prints pass rates by check
//! and the failures grouped by cause.

use std::collections::BTreeMap;
use std::path::Path;

/// The share of example pairs that fit a request line of their page and must pass the
/// request and response checks.
const DEFAULT_BAR: f64 = 95.0;
/// The share of all example pairs that must pass (those that fit no request line fail).
const DEFAULT_BAR_ALL: f64 = 90.0;

pub fn run(root: &Path, args: &[&str]) -> Result<(), String> {
    let mut selection: Vec<&str> = Vec::new();
    let mut bar = DEFAULT_BAR;
    let mut bar_all = DEFAULT_BAR_ALL;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match *arg {
            "--min-pass" => {
                bar = rest
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--min-pass takes a percentage")?;
            }
            "--min-pass-all" => {
                bar_all = rest
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--min-pass-all takes a percentage")?;
            }
            v => selection.push(v),
        }
    }
    let mut options = crate::corpus::options(&selection)?;
    // `--validate` and `--cargo-check` are the corpus task's, run on the crates generated here:
    // CI generates each corpus once for both. Clippy is left to the tests' build below.
    options.linted_by_test_build = true;
    let bars = Bars { bar, bar_all };
    crate::corpus::run_with(root, &options, |workspace| {
        build_tests(workspace, &options)?;
        let below: Vec<String> = options
            .versions
            .iter()
            .map(|version| {
                run_tests(
                    workspace,
                    &options.sample.crate_name(version),
                    version,
                    &bars,
                )
            })
            .collect::<Result<Vec<_>, String>>()?
            .concat();
        if below.is_empty() {
            Ok(())
        } else {
            Err(below.join("\n"))
        }
    })
}

/// The shares of example pairs that must pass.
#[derive(Clone, Copy)]
struct Bars {
    /// Of the pairs that fit a request line of their page.
    bar: f64,
    /// Of all pairs.
    bar_all: f64,
}

/// Builds the test crates of every version in one invocation, side by side (one rustc per
/// core), by clippy-driver: the crates (their shared crates too, as dependencies) and their
/// tests are linted as `cargo clippy --lib --test '*'` would, in the build that needs their
/// type-checking anyway. Each version's run then finds its build done.
fn build_tests(workspace: &Path, options: &crate::corpus::Options<'_>) -> Result<(), String> {
    let started = std::time::Instant::now();
    let names: Vec<String> = options
        .versions
        .iter()
        .map(|v| options.sample.crate_name(v))
        .collect();
    let mut build =
        crate::corpus::linted_cargo(workspace, &crate::corpus::generated_target(workspace));
    build.args([
        "test",
        "--quiet",
        "--all-features",
        "--test",
        "*",
        "--no-run",
    ]);
    for name in &names {
        build.args(["-p", name]);
    }
    let status = build.status().map_err(|e| e.to_string())?;
    println!(
        "examples: test crates of {} built and linted in {:.0}s ({status})",
        names.join(", "),
        started.elapsed().as_secs_f64()
    );
    if !status.success() {
        return Err(format!(
            "the test crates of {} do not build, or clippy rejects them (errors above)",
            names.join(", ")
        ));
    }
    Ok(())
}

/// Runs the example tests of a version's crate `name` and prints their pass rates by check and
/// their failures by cause; returns how the version falls below the bars.
fn run_tests(
    workspace: &Path,
    name: &str,
    version: &str,
    bars: &Bars,
) -> Result<Vec<String>, String> {
    let Bars { bar, bar_all } = *bars;
    let mut below = Vec::new();
    let report_path = workspace.join(version).join("report.json");
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report_path).map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())?;
    let examples = report["examples"].as_u64().unwrap_or(0);
    let unmatched = report["examples_fitting_no_request_line"]
        .as_u64()
        .unwrap_or(0);
    let elsewhere = report["examples_to_other_hosts"].as_u64().unwrap_or(0);
    let fitting = examples - unmatched.min(examples);
    let planned = report["examples_passing"].as_u64().unwrap_or(0);
    let started = std::time::Instant::now();
    let output =
        crate::corpus::linted_cargo(workspace, &crate::corpus::generated_target(workspace))
            .args([
                "test",
                "--all-features",
                // Every check runs: a failing test binary would stop the next one.
                "--no-fail-fast",
                "-p",
                name,
                "--test",
                "examples",
                "--test",
                "examples_client",
                "--",
                "--test-threads",
                "2",
            ])
            .output()
            .map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !stdout.lines().any(|l| l.starts_with("test result:")) {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(30).collect();
        return Err(format!(
            "the example tests of {version} did not run to the end:\n{}",
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        ));
    }
    let results = TestResults::read(&stdout);
    println!(
        "examples {version}: {examples} example pairs ({elsewhere} more are requests to other hosts, not counted); {unmatched} fit no request line of their page; {planned} read against their operation; tests built and run in {:.0}s",
        started.elapsed().as_secs_f64()
    );
    for check in ["request", "response", "client"] {
        let (ok, total) = results.count(check);
        println!("  {check:<8} {ok} of {total} tests pass");
    }
    let passing = results.examples_passing(&["request", "response"]);
    let rate = percent(passing, fitting);
    let rate_all = percent(passing, examples);
    println!(
        "  request and response checks: {passing} of the {fitting} example pairs that fit a request line pass ({rate:.1}%; bar {bar}%)"
    );
    println!(
        "  request and response checks: {passing} of all {examples} example pairs pass ({rate_all:.1}%; bar {bar_all}%)"
    );
    let with_client = results.examples_passing(&["request", "response", "client"]);
    println!(
        "  all three checks, client included: {with_client} of {fitting} ({:.1}%)",
        percent(with_client, fitting)
    );
    println!("  failed tests by cause:");
    for (cause, count) in failure_causes(&stdout).into_iter().take(15) {
        println!("    {count:>5}  {cause}");
    }
    if let Some(causes) = report["example_failures_by_cause"].as_object() {
        println!("  examples that contradict their pages (D016), by cause:");
        let mut causes: Vec<_> = causes.iter().collect();
        causes.sort_by_key(|(_, n)| std::cmp::Reverse(n.as_u64().unwrap_or(0)));
        for (cause, count) in causes.into_iter().take(15) {
            println!("    {:>5}  {cause}", count.as_u64().unwrap_or(0));
        }
    }
    if rate < bar {
        below.push(format!("{version}: {rate:.1}% of the example pairs that fit a request line pass the request and response checks, below the bar of {bar}%"));
    }
    if rate_all < bar_all {
        below.push(format!("{version}: {rate_all:.1}% of all example pairs pass the request and response checks, below the bar of {bar_all}%"));
    }
    Ok(below)
}

/// Outcomes of the generated example tests, named `{operation}_example_{n}_{check}`.
struct TestResults {
    /// (example, check) → passed.
    outcomes: BTreeMap<(String, String), bool>,
}

impl TestResults {
    fn read(stdout: &str) -> TestResults {
        let mut outcomes = BTreeMap::new();
        for line in stdout.lines() {
            let Some(rest) = line.strip_prefix("test ") else {
                continue;
            };
            let Some((test, result)) = rest.rsplit_once(" ... ") else {
                continue;
            };
            let Some((example, check)) = test.rsplit_once('_') else {
                continue;
            };
            outcomes.insert(
                (example.to_string(), check.to_string()),
                result.trim() == "ok",
            );
        }
        TestResults { outcomes }
    }

    /// (passed, run) for one check.
    fn count(&self, check: &str) -> (u64, u64) {
        let runs: Vec<bool> = self
            .outcomes
            .iter()
            .filter(|((_, c), _)| c == check)
            .map(|(_, ok)| *ok)
            .collect();
        (
            runs.iter().filter(|ok| **ok).count() as u64,
            runs.len() as u64,
        )
    }

    /// Examples whose tests for `checks` all pass (a check an example has no test for, such as
    /// the response check of a `204`, does not count against it).
    fn examples_passing(&self, checks: &[&str]) -> u64 {
        let mut examples: BTreeMap<&str, bool> = BTreeMap::new();
        for ((example, check), ok) in &self.outcomes {
            let entry = examples.entry(example.as_str()).or_insert(true);
            if checks.contains(&check.as_str()) {
                *entry &= *ok;
            }
        }
        examples.values().filter(|ok| **ok).count() as u64
    }
}

fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        100.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

/// Failed tests' panic messages, with names and numbers blanked, counted.
fn failure_causes(stdout: &str) -> Vec<(String, usize)> {
    let mut causes: BTreeMap<String, usize> = BTreeMap::new();
    let mut lines = stdout.lines().peekable();
    while let Some(line) = lines.next() {
        if !line.starts_with("thread '") || !line.contains("panicked at") {
            continue;
        }
        let message = lines.next().unwrap_or("").trim();
        let blanked: String = message
            .split('`')
            .enumerate()
            .map(|(i, part)| if i % 2 == 1 { "_" } else { part })
            .collect::<Vec<_>>()
            .join("`")
            .chars()
            .map(|c| if c.is_ascii_digit() { 'N' } else { c })
            .collect();
        *causes
            .entry(blanked.chars().take(140).collect())
            .or_default() += 1;
    }
    let mut sorted: Vec<(String, usize)> = causes.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    sorted
}
