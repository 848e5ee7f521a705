//! `cargo xtask bench [2021|recent] [v1.0|beta]...`: how fast `check` and `generate` run
//! against the floor of reading every page and running pulldown-cmark over it, stage by stage,
//! with peak memory. Always a release build: a debug xtask re-runs itself with `--release`.

use rayon::prelude::*;
use std::path::Path;
use std::time::{Duration, Instant};

/// The allocator the `docgen` binary uses, so the bench measures what users run.
#[global_allocator]
static ALLOCATOR: docgen::allocator::Mimalloc = docgen::allocator::Mimalloc;

/// Rounds of measurements; medians are printed.
const RUNS: usize = 3;

/// Entry point of `cargo xtask bench`.
pub fn run(root: &Path, args: &[&str]) -> Result<(), String> {
    if cfg!(debug_assertions) {
        let status = crate::cargo()
            .current_dir(root)
            .args([
                "run",
                "--quiet",
                "--release",
                "--package",
                "xtask",
                "--",
                "bench",
            ])
            .args(args)
            .status()
            .map_err(|e| format!("cargo run --release: {e}"))?;
        return if status.success() {
            Ok(())
        } else {
            Err(format!("bench (release build) failed: {status}"))
        };
    }
    // As the docgen binary runs (its first call).
    docgen::allocator::set_memory_options();
    // The peaks are the binary's own, each run a process of its own.
    let status = crate::cargo()
        .current_dir(root)
        .args([
            "build",
            "--quiet",
            "--release",
            "--package",
            "docgen",
            "--bin",
            "docgen",
        ])
        .status()
        .map_err(|e| format!("cargo build --release: {e}"))?;
    if !status.success() {
        return Err(format!("building the docgen binary failed: {status}"));
    }
    let docgen = std::env::current_exe()
        .map_err(|e| format!("the bench's own path: {e}"))?
        .with_file_name("docgen");
    let options = crate::corpus::options(args)?;
    if options.cargo_check || options.validate {
        return Err("bench takes [2021|recent] [v1.0|beta]...".to_string());
    }
    println!(
        "bench: release build, {} threads, medians of {RUNS} rounds (ratios: of each round's own); peak = the largest resident set of the `docgen` command, run {RUNS} times as a process of its own",
        rayon::current_num_threads()
    );
    // The command's peaks first, while this process is small: a child counts the memory of
    // the process that started it until it runs its own program, and a run in this process
    // would count what the runs before it freed and the allocator had not yet given back.
    let peaks = options
        .versions
        .iter()
        .map(|version| command_peaks(root, &docgen, &options.sample, version))
        .collect::<Result<Vec<_>, String>>()?;
    for (version, peaks) in options.versions.iter().zip(&peaks) {
        bench_version(root, &options.sample, version, peaks)?;
    }
    Ok(())
}

fn bench_version(
    root: &Path,
    sample: &crate::corpus::Sample,
    version: &str,
    peaks: &(String, String),
) -> Result<(), String> {
    let pages = sample.pages(root, version)?;
    let paths: Vec<std::path::PathBuf> = pages.iter().map(|p| root.join(&*p.path)).collect();
    let link = docgen::link::LinkConfig {
        version: Some(version.to_string()),
    };
    let config = docgen::Config {
        link: link.clone(),
        krate: docgen::render::rust::CrateConfig {
            crate_name: sample.crate_name(version),
            crate_version: "0.0.0".to_string(),
            description: String::new(),
            docs_note: String::new(),
            metadata: Default::default(),
        },
        title: version.to_string(),
    };
    let out = root.join("target/bench").join(version);

    let measure_floor = || -> Run {
        let started = Instant::now();
        let events: usize = paths
            .par_iter()
            .map(|path| {
                let text = std::fs::read_to_string(path).unwrap_or_default();
                let options = pulldown_cmark::Options::ENABLE_TABLES
                    | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
                pulldown_cmark::Parser::new_ext(&text, options).count()
            })
            .sum();
        std::hint::black_box(events);
        Ok((started.elapsed(), Measured::default()))
    };
    let measure_read = || -> Run {
        let started = Instant::now();
        std::hint::black_box(sample.pages(root, version)?);
        Ok((started.elapsed(), Measured::default()))
    };
    let measure_check = || -> Run {
        let started = Instant::now();
        let analysis = docgen::analyze(&pages, &link);
        let elapsed = started.elapsed();
        Ok((
            elapsed,
            Measured {
                times: analysis.times,
                ..Measured::default()
            },
        ))
    };
    let measure_generate = || -> Run {
        let _ = std::fs::remove_dir_all(&out);
        let started = Instant::now();
        let generated = docgen::generate(&pages, &config).map_err(|e| e.to_string())?;
        let rendered = started.elapsed();
        let drift = docgen::files::drift(&out, &generated.files, &config.krate.folders())
            .map_err(|e| e.to_string())?;
        docgen::files::apply(&out, &drift).map_err(|e| e.to_string())?;
        let elapsed = started.elapsed();
        Ok((
            elapsed,
            Measured {
                times: generated.analysis.times,
                write: elapsed - rendered,
            },
        ))
    };
    // The measurements take turns, round after round, so a machine whose speed drifts (a
    // neighbour's load) slows each about equally; a ratio is the median of the rounds' own
    // ratios to their floor, not one median over another taken a minute apart.
    let mut rounds: Vec<Round> = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        rounds.push(Round {
            floor: measure_floor()?.0,
            read: measure_read()?.0,
            check: measure_check()?,
            generate: measure_generate()?,
        });
    }
    let floors: Vec<Duration> = rounds.iter().map(|r| r.floor).collect();
    let row = |of: &dyn Fn(&Round) -> Duration| {
        let values: Vec<Duration> = rounds.iter().map(of).collect();
        let ratios: Vec<f64> = values
            .iter()
            .zip(&floors)
            .map(|(v, f)| v.as_secs_f64() / f.as_secs_f64().max(1e-9))
            .collect();
        (median_of(values), median_of(ratios))
    };

    let s = |d: Duration| format!("{:.3}s", d.as_secs_f64());
    println!("\nbench {} {version}: {} pages", sample.name, pages.len());
    println!(
        "  floor (read + pulldown-cmark)  {:>9}",
        s(median_of(floors.clone()))
    );
    let (read, read_ratio) = row(&|r| r.read);
    println!(
        "  read (docgen's reader)         {:>9}  {read_ratio:>6.1}x",
        s(read)
    );
    let (check, check_ratio) = row(&|r| r.check.0);
    println!(
        "  check                          {:>9}  {check_ratio:>6.1}x  peak {}",
        s(check),
        peaks.0
    );
    let (generate, generate_ratio) = row(&|r| r.generate.0);
    println!(
        "  generate                       {:>9}  {generate_ratio:>6.1}x  peak {}",
        s(generate),
        peaks.1
    );
    type Stage = fn(&Measured) -> Duration;
    let stages: [(&str, Stage); 7] = [
        ("parse", |m| m.times.parse),
        ("lower", |m| m.times.lower),
        ("link", |m| m.times.link),
        ("examples", |m| m.times.examples),
        // The two renderers run side by side: their times overlap.
        ("render Rust (beside OpenAPI)", |m| m.times.render_rust),
        ("render OpenAPI (beside Rust)", |m| m.times.render_openapi),
        ("write", |m| m.write),
    ];
    for (stage, of) in stages {
        let (time, ratio) = row(&|r| of(&r.generate.1));
        println!("    {stage:<28} {:>9}  {ratio:>6.1}x", s(time));
    }
    Ok(())
}

/// One round of the measurements, taken one after the other.
struct Round {
    floor: Duration,
    read: Duration,
    check: (Duration, Measured),
    generate: (Duration, Measured),
}

/// One run: its wall time and what else it measured.
type Run = Result<(Duration, Measured), String>;

/// What one run measured besides its wall time.
#[derive(Default, Clone, Copy)]
struct Measured {
    times: docgen::StageTimes,
    write: Duration,
}

/// The middle value of `values` (of [`RUNS`] rounds).
fn median_of<T: PartialOrd + Copy>(mut values: Vec<T>) -> T {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    values[values.len() / 2]
}

/// The median peaks of `docgen check` and `docgen generate` on a version's pages, over [`RUNS`]
/// runs each.
fn command_peaks(
    root: &Path,
    docgen: &Path,
    sample: &crate::corpus::Sample,
    version: &str,
) -> Result<(String, String), String> {
    let docs = sample.dir(version);
    let out = root.join("target/bench").join(format!("{version}-cli"));
    let peak_of = |command: &[&std::ffi::OsStr]| -> Result<String, String> {
        let peaks = (0..RUNS)
            .map(|_| {
                let _ = std::fs::remove_dir_all(&out);
                command_peak(docgen, root, command)
            })
            .collect::<Result<Vec<u64>, String>>()?;
        Ok(megabytes(median_of(peaks)))
    };
    let check = peak_of(&["check".as_ref(), docs.as_os_str()])?;
    let generate = peak_of(&[
        "generate".as_ref(),
        "--keep-going".as_ref(),
        "--api-version".as_ref(),
        version.as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
        docs.as_os_str(),
    ])?;
    let _ = std::fs::remove_dir_all(&out);
    Ok((check, generate))
}

/// The peak resident set of `docgen <args>`, run from `root` as a process of its own, in
/// bytes (the child's `ru_maxrss`). Exit codes 0 and 1 (error diagnostics, which beta has) are
/// runs; anything else is a failure.
fn command_peak(docgen: &Path, root: &Path, args: &[&std::ffi::OsStr]) -> Result<u64, String> {
    let child = std::process::Command::new(docgen)
        .current_dir(root)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("{}: {e}", docgen.display()))?;
    let pid = libc::pid_t::try_from(child.id()).map_err(|e| format!("child id: {e}"))?;
    let mut status = 0;
    // SAFETY: `rusage` is plain data that `wait4` fills in; the child is this process's own
    // and nothing else waits for it (`Child` is dropped without waiting).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if waited != pid {
        return Err(format!(
            "waiting for {}: {}",
            docgen.display(),
            std::io::Error::last_os_error()
        ));
    }
    if !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) > 1 {
        return Err(format!(
            "{} {args:?} failed (wait status {status})",
            docgen.display()
        ));
    }
    // Linux counts `ru_maxrss` in kilobytes.
    Ok(u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024)
}

fn megabytes(bytes: u64) -> String {
    format!("{} MB", bytes / 1_000_000)
}
