//! `cargo xtask examples [v1.0|beta]...`: the docs' examples as contract tests over the corpus.
//! Examples that cannot be read against their operation (PlanError causes) are failures of
//! the docs, reported as D016 on their pages; every other example becomes three tests in the
//! generated crate (request built, response read, client against wiremock), which are run
//! here. Prints pass rates by check and the failures grouped by cause.

use std::collections::BTreeMap;
use std::path::Path;

pub fn run(root: &Path, args: &[&str]) -> Result<(), String> {
    let versions: Vec<&str> = if args.is_empty() { vec!["v1.0", "beta"] } else { args.to_vec() };
    crate::corpus::run(root, &versions)?;
    let workspace = root.join("target/corpus");
    for version in versions {
        let report_path = workspace.join(version).join("report.json");
        let report: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&report_path).map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())?;
        let examples = report["examples"].as_u64().unwrap_or(0);
        let planned = report["examples_passing"].as_u64().unwrap_or(0);
        let name = crate::corpus::crate_name(version);
        let output = crate::cargo()
            .current_dir(&workspace)
            .env("CARGO_TARGET_DIR", workspace.parent().unwrap_or(&workspace).join("generated-target"))
            .args(["test", "--all-features", "-p", &name, "--test", "examples", "--", "--test-threads", "2"])
            .output()
            .map_err(|e| e.to_string())?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        let mut passed: BTreeMap<&str, u64> = BTreeMap::new();
        let mut failed: BTreeMap<&str, u64> = BTreeMap::new();
        for line in stdout.lines() {
            let Some(rest) = line.strip_prefix("test ") else { continue };
            let Some((test, result)) = rest.rsplit_once(" ... ") else { continue };
            let check = test.rsplit('_').next().unwrap_or("other");
            match result.trim() {
                "ok" => *passed.entry(check).or_default() += 1,
                _ => *failed.entry(check).or_default() += 1,
            }
        }
        if passed.is_empty() && failed.is_empty() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            return Err(format!("the examples of {version} did not run:\n{}", stderr.lines().rev().take(30).collect::<Vec<_>>().join("\n")));
        }
        println!("examples {version}: {examples} example pairs; {planned} read against their operation ({:.1}%)", percent(planned, examples));
        for check in ["request", "response", "client"] {
            let ok = passed.get(check).copied().unwrap_or(0);
            let total = ok + failed.get(check).copied().unwrap_or(0);
            println!("  {check:<8} {ok} of {total} tests pass; {:.1}% of all example pairs", percent(ok, examples));
        }
        println!("  failures by cause:");
        for (cause, count) in failure_causes(&stdout).into_iter().take(15) {
            println!("    {count:>5}  {cause}");
        }
        let plan_causes = &report["example_failures_by_cause"];
        if let Some(causes) = plan_causes.as_object() {
            println!("  examples that contradict their pages (D016), by cause:");
            let mut causes: Vec<_> = causes.iter().collect();
            causes.sort_by_key(|(_, n)| std::cmp::Reverse(n.as_u64().unwrap_or(0)));
            for (cause, count) in causes.into_iter().take(15) {
                println!("    {:>5}  {cause}", count.as_u64().unwrap_or(0));
            }
        }
    }
    Ok(())
}

fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 { 100.0 } else { part as f64 * 100.0 / whole as f64 }
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
        *causes.entry(blanked.chars().take(140).collect()).or_default() += 1;
    }
    let mut sorted: Vec<(String, usize)> = causes.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    sorted
}
