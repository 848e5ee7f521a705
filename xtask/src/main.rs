//! Project tasks: `cargo xtask regen [--check]`, `cargo xtask corpus`, `cargo xtask bench`,
//! `cargo xtask publish --dry-run`, `cargo xtask interop`.

mod bench;
mod corpus;
mod examples;
mod interop;
mod publish;
mod regen;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["regen"] => regen::regen(&root(), regen::Mode::Write),
        ["regen", "--check"] => regen::regen(&root(), regen::Mode::Check),
        ["seeds"] => corpus::seeds(&root()),
        ["corpus", rest @ ..] => corpus::run(&root(), rest),
        ["bench", rest @ ..] => bench::run(&root(), rest),
        ["examples", rest @ ..] => examples::run(&root(), rest),
        ["publish", rest @ ..] => publish::run(&root(), rest),
        ["interop", rest @ ..] => interop::run(&root(), rest),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage: cargo xtask <task>
  regen [--check]           regenerate generated/ from docs-input/ (--check: fail on drift, write nothing)
  seeds                     the seed pages: generate, run the crate's tests, validate OpenAPI
  corpus [2021|recent] [v1.0|beta]... [--validate] [--cargo-check]
                            generate from ../shared/corpus (2021: the 2021 corpus, the default;
                            recent: today's layout), report, cargo clippy, validate OpenAPI
  examples [2021|recent] [v1.0|beta]... [--validate] [--cargo-check] [--min-pass P] [--min-pass-all P]
                            corpus (with its options), then the docs' examples as contract tests,
                            with pass rates
  bench [2021|recent] [v1.0|beta]  time the pipeline on the corpus
  publish --dry-run [--corpus [2021|recent] [v1.0|beta]...]
                            cargo package (verified) the generated crate, or the corpus crates,
                            with packaged and compressed sizes against crates.io's 10 MiB limit
  interop [SPEC...]         clients from OpenAPI specs by progenitor and openapi-generator, all
                            cargo-checked in one workspace (default: generated/, the seeds, the
                            goldens; DOCGEN_INTEROP_HEAP sets openapi-generator's -Xmx)";

/// The workspace root, from this crate's manifest folder.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// `cargo` as the one running us, so the same toolchain is used.
pub fn cargo() -> std::process::Command {
    std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string()))
}
