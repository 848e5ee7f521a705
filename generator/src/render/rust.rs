//! The Rust crate: models, endpoint functions, runtime, README and contract tests, through the
//! askama templates in `templates/`. Type mapping lives here; templates only loop and print.

use super::areas::Areas;
use super::escape::{DocLine, RustStr, toml_str};
use super::format_rust;
use super::rust_print;
use super::{RenderError, doc_lines, string_literal};
use crate::examples::ExamplePlans;
use crate::ir::{
    Api, Body, EnumDef, Operation, Property, QueryOption, ResponseShape, TypeDef, TypeExpr,
};
use crate::naming::{
    PRELUDE, enum_variant_idents, field_ident, module_ident, pascal_case, type_ident, unique_names,
};
use crate::report::counted;
use crate::typeref::Primitive;
use askama::Template;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// What the crate is called and says about itself.
#[derive(Debug, Clone)]
pub struct CrateConfig {
    pub crate_name: String,
    pub crate_version: String,
    pub description: String,
    /// Where the pages came from, for the README and headers: `docs-input/`.
    pub docs_note: String,
    /// What crates.io and docs.rs show about the crate.
    pub metadata: CrateMetadata,
}

impl CrateConfig {
    /// The crate that holds the `shared` area's models when the API splits into area features:
    /// `<crate>-shared`, beside the crate, which depends on it and re-exports its models. Being
    /// its own crate, it compiles once whichever features are on.
    pub fn shared_crate_name(&self) -> String {
        crate_folders(&self.crate_name)[1].clone()
    }

    /// The folders `generate` owns in the output folder, one per crate it may write: files there
    /// that the output lacks are stale (the shared crate's too, once an API has one area).
    pub fn folders(&self) -> [String; 2] {
        crate_folders(&self.crate_name)
    }
}

/// The crate named `crate_name` and its shared crate, which are also their folders' names.
pub fn crate_folders(crate_name: &str) -> [String; 2] {
    [crate_name.to_string(), format!("{crate_name}-shared")]
}

/// The `[package]` keys a published crate carries beyond its name; an empty one is left out of
/// `Cargo.toml` (but `documentation`, see [`CrateMetadata::manifest_lines`]). Values reach the manifest through [`toml_str`], so any text is a valid string.
#[derive(Debug, Clone, Default)]
pub struct CrateMetadata {
    pub repository: Option<String>,
    pub documentation: Option<String>,
    pub keywords: Vec<String>,
    pub categories: Vec<String>,
    pub rust_version: Option<String>,
}

impl CrateMetadata {
    /// `key = value` lines for `[package]`, in Cargo's documented order. Without a
    /// `documentation` URL the crate's docs.rs page is named, where crates.io links it anyway.
    fn manifest_lines(&self, crate_name: &str) -> Vec<String> {
        let list = |items: &[String]| {
            format!(
                "[{}]",
                items
                    .iter()
                    .map(|i| toml_str(i))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let mut lines = Vec::new();
        if let Some(v) = &self.rust_version {
            lines.push(format!("rust-version = {}", toml_str(v)));
        }
        let documentation = self
            .documentation
            .clone()
            .unwrap_or_else(|| format!("https://docs.rs/{crate_name}"));
        lines.push(format!("documentation = {}", toml_str(&documentation)));
        if let Some(v) = &self.repository {
            lines.push(format!("repository = {}", toml_str(v)));
        }
        if !self.keywords.is_empty() {
            lines.push(format!("keywords = {}", list(&self.keywords)));
        }
        if !self.categories.is_empty() {
            lines.push(format!("categories = {}", list(&self.categories)));
        }
        lines
    }
}

/// The namespace whose types live in `models` itself; others get a submodule.
const ROOT_NAMESPACE: &str = "microsoft.graph";

/// Renders the crate's files, keyed by path relative to the output folder: the crate's folder,
/// and with area features the shared crate's folder ([`CrateConfig::shared_crate_name`]).
pub fn render_crate(
    api: &Api,
    example_plans: ExamplePlans,
    config: &CrateConfig,
) -> Result<BTreeMap<String, String>, RenderError> {
    let areas = Areas::new(api);
    let names = Names::new(api, &areas);
    let mut files = BTreeMap::new();
    let crate_ident = config.crate_name.replace('-', "_");
    let shared_crate = areas
        .features()
        .then(|| SharedCrate::new(config.shared_crate_name()));
    let first_list = api
        .operations
        .values()
        .find(|o| o.path_params.is_empty())
        .or_else(|| api.operations.values().next());
    // The README is the crate doc, so its example is a doctest run with default features: an
    // operation behind an area feature is compiled only when that feature is on.
    let example_cfg = first_list.map_or_else(String::new, |op| areas.cfg(&op.area));
    let example_code = first_list.map_or_else(String::new, |op| {
        format!(
            "let response = client.send({}).await?;\nprintln!(\"{{response:?}}\");",
            call_with_defaults(op, &crate_ident)
        )
    });
    let shared_name = shared_crate.as_ref().map_or("", |c| c.name.as_str());
    let shared_ident = shared_crate.as_ref().map_or("", |c| c.ident.as_str());
    let in_crate = |path: &str| format!("{}/{path}", config.crate_name);
    if let Some(shared) = &shared_crate {
        files.extend(shared_crate_manifests(api, config, &areas, shared)?);
    }
    files.insert(
        in_crate("Cargo.toml"),
        render_template(
            &CargoToml {
                crate_name: &config.crate_name,
                crate_version: &config.crate_version,
                description: &toml_str(&config.description),
                docs_note: &config.docs_note,
                metadata: config.metadata.manifest_lines(&config.crate_name),
                shared_dependency: shared_crate.as_ref().map_or_else(String::new, |c| {
                    format!(
                        "{} = {{ version = {}, path = {} }}",
                        c.name,
                        toml_str(&format!("={}", config.crate_version)),
                        toml_str(&format!("../{}", c.name))
                    )
                }),
                features: areas
                    .cargo_features()
                    .into_iter()
                    .map(|(name, deps)| FeatureLine {
                        name,
                        deps: deps
                            .iter()
                            .map(|d| toml_str(d))
                            .collect::<Vec<_>>()
                            .join(", "),
                    })
                    .collect(),
            },
            "Cargo.toml",
        )?,
    );
    files.insert(
        in_crate("README.md"),
        render_template(
            &Readme {
                shared_crate: shared_name,
                crate_name: &config.crate_name,
                crate_ident: &crate_ident,
                description: &config.description,
                docs_note: &config.docs_note,
                version: &api.version,
                types: counted(api.types.len(), "type", "types"),
                enums: counted(api.enums.len(), "enum", "enums"),
                operations: counted(api.operations.len(), "operation", "operations"),
                example_cfg,
                example_code,
            },
            "README.md",
        )?,
    );
    let service_root = format!("https://graph.microsoft.com/{}", api.version);
    let lib_rs = LibRs {
        service_root: &service_root,
        shared_crate_ident: shared_ident,
    };
    let shared_lib_rs = SharedLibRs {
        main_crate: &config.crate_name,
    };
    let client_tests = ClientTestsRs {
        crate_ident: &crate_ident,
    };
    // Each file's view is built by the job that prints it and freed with it, so the views of the
    // whole crate are never held at once (on beta, about 80 MB of the peak).
    let model_files = models_files(api, &names, &areas);
    let endpoint_files = endpoints_files(api);
    let endpoint_areas: BTreeSet<String> = endpoint_files.keys().map(|a| a.to_string()).collect();
    let mod_files = module_views(
        &model_files,
        &areas,
        &endpoint_areas,
        &config.crate_name,
        shared_crate.as_ref(),
    );
    // The runtime file of JSON members lives with the models that call it first.
    let members_rs = match &shared_crate {
        Some(shared) => shared.path("src/members.rs"),
        None => in_crate("src/members.rs"),
    };
    let mut jobs: Vec<(String, RustFile<'_>)> = vec![
        // First: the largest files, whose views (the examples' plans) are built in this job.
        (
            in_crate("tests/examples.rs"),
            RustFile::Tests {
                clients: in_crate("tests/examples_client.rs"),
                plans: example_plans,
            },
        ),
        (in_crate("src/lib.rs"), RustFile::Template(&lib_rs)),
        (in_crate("src/request.rs"), RustFile::Template(&RequestRs)),
        (in_crate("src/client.rs"), RustFile::Template(&ClientRs)),
        (members_rs, RustFile::Template(&MembersRs)),
        (in_crate("src/retry.rs"), RustFile::Template(&RetryRs)),
        (in_crate("src/batch.rs"), RustFile::Template(&BatchRs)),
        (in_crate("src/upload.rs"), RustFile::Template(&UploadRs)),
        (
            in_crate("tests/client.rs"),
            RustFile::Template(&client_tests),
        ),
    ];
    if let Some(shared) = &shared_crate {
        jobs.push((
            shared.path("src/lib.rs"),
            RustFile::Template(&shared_lib_rs),
        ));
    }
    jobs.extend(mod_files.into_iter().map(|(p, v)| (p, RustFile::Mod(v))));
    jobs.extend(model_files.into_iter().map(|(f, v)| {
        let path = match &shared_crate {
            Some(shared) if v.area == super::areas::SHARED => {
                shared.path(&format!("src/models/{f}"))
            }
            _ => in_crate(&format!("src/models/{f}")),
        };
        (path, RustFile::Models(v))
    }));
    jobs.extend(endpoint_files.into_iter().map(|(area, operations)| {
        (
            in_crate(&format!(
                "src/endpoints/{}.rs",
                area_module("endpoints", areas.ident(area))
            )),
            RustFile::Endpoints(area, operations),
        )
    }));
    // Costliest first, one file per task: in path order, a large models file (3.6 MB for
    // `intune_deviceconfig` on beta) could start last and leave one thread printing it alone.
    jobs.sort_by_key(|(_, job)| std::cmp::Reverse(job.cost()));
    let rendered: Vec<Vec<(String, String)>> = jobs
        .into_par_iter()
        .with_max_len(1)
        .map(|(path, job)| {
            let text = match job {
                RustFile::Template(t) => format_rust(&path, &render_template(t, &path)?)?,
                RustFile::Models(file) => {
                    rust_print::models_file(&path, &models_view(&file, &names))?
                }
                RustFile::Endpoints(area, operations) => {
                    rust_print::endpoints_file(&path, &endpoints_view(area, &operations, &names))?
                }
                RustFile::Mod(v) => rust_print::mod_file(&path, &v)?,
                RustFile::Tests { clients, plans } => {
                    return tests_files(api, plans, &names, &crate_ident, &areas, [path, clients]);
                }
            };
            Ok(vec![(path, text)])
        })
        .collect::<Result<_, RenderError>>()?;
    files.extend(rendered.into_iter().flatten());
    Ok(files)
}

/// The request and response checks and the client checks, at `paths`, from one pass over the
/// examples, printed side by side.
fn tests_files(
    api: &Api,
    plans: ExamplePlans,
    names: &Names<'_>,
    crate_ident: &str,
    areas: &Areas,
    paths: [String; 2],
) -> Result<Vec<(String, String)>, RenderError> {
    let [checks_path, clients_path] = paths;
    let [checks, clients] = super::rust_tests::tests_views(api, plans, names, crate_ident, areas)
        .map_err(|message| RenderError {
        file: checks_path.clone(),
        message,
    })?;
    let (checks_text, clients_text) = rayon::join(
        || super::rust_tests::tests_file(&checks_path, checks),
        || super::rust_tests::tests_file(&clients_path, clients),
    );
    Ok(vec![
        (checks_path, checks_text?),
        (clients_path, clients_text?),
    ])
}

/// An askama template's text; a failure names the file it was for.
/// A template's text, ending with a line break: askama drops the template file's last one,
/// and a text file (a manifest, a README) ends with one.
fn render_template(template: &dyn askama::DynTemplate, file: &str) -> Result<String, RenderError> {
    let mut text = template.dyn_render().map_err(|e| RenderError {
        file: file.to_string(),
        message: e.to_string(),
    })?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

/// The shared crate's `Cargo.toml` and `README.md`, keyed by path relative to the output folder.
fn shared_crate_manifests(
    api: &Api,
    config: &CrateConfig,
    areas: &Areas,
    shared: &SharedCrate,
) -> Result<[(String, String); 2], RenderError> {
    let is_shared = |name: &String| areas.of_type(name) == super::areas::SHARED;
    let cargo_toml = SharedCargoToml {
        crate_name: &shared.name,
        crate_version: &config.crate_version,
        description: &toml_str(&format!(
            "The types that several areas of {} use; use them through {0}.",
            config.crate_name
        )),
        docs_note: &config.docs_note,
        metadata: config.metadata.manifest_lines(&shared.name),
    };
    let readme = SharedReadme {
        crate_name: &shared.name,
        main_crate: &config.crate_name,
        version: &api.version,
        docs_note: &config.docs_note,
        types: counted(
            api.types.keys().filter(|n| is_shared(n)).count(),
            "type",
            "types",
        ),
        enums: counted(
            api.enums.keys().filter(|n| is_shared(n)).count(),
            "enum",
            "enums",
        ),
    };
    let (cargo_path, readme_path) = (shared.path("Cargo.toml"), shared.path("README.md"));
    Ok([
        (
            cargo_path.clone(),
            render_template(&cargo_toml, &cargo_path)?,
        ),
        (readme_path.clone(), render_template(&readme, &readme_path)?),
    ])
}

/// The crate of the `shared` area's models ([`CrateConfig::shared_crate_name`]).
struct SharedCrate {
    name: String,
    /// Its name in Rust paths.
    ident: String,
}

impl SharedCrate {
    fn new(name: String) -> Self {
        let ident = name.replace('-', "_");
        SharedCrate { name, ident }
    }

    /// A file's path relative to the output folder.
    fn path(&self, file: &str) -> String {
        format!("{}/{file}", self.name)
    }
}

/// One Rust file to print, and what from.
enum RustFile<'v> {
    /// A runtime file: an askama template, formatted by prettyplease (small and fixed).
    Template(&'v (dyn askama::DynTemplate + Sync)),
    Models(ModelsFile<'v>),
    /// An area's endpoint functions.
    Endpoints(&'v str, Vec<&'v Operation>),
    Mod(ModView),
    /// `tests/examples.rs`, and `tests/examples_client.rs` at `clients`, from the examples'
    /// plans.
    Tests {
        clients: String,
        plans: ExamplePlans,
    },
}

impl RustFile<'_> {
    /// A rough measure of the work of printing the file, to start the costliest first: the
    /// members it prints (fields and variants count alike, an operation as much as three, which
    /// is how their times compare on beta). The tests files come first whatever their size: they
    /// are the largest by far.
    fn cost(&self) -> usize {
        match self {
            RustFile::Tests { .. } => usize::MAX,
            RustFile::Models(file) => {
                file.types.len()
                    + file.types.iter().map(|t| t.properties.len()).sum::<usize>()
                    + file.enums.len()
                    + file.enums.iter().map(|e| e.members.len()).sum::<usize>()
            }
            RustFile::Endpoints(_, operations) => 3 * operations.len(),
            RustFile::Template(_) | RustFile::Mod(_) => 0,
        }
    }
}

/// The items the crate declares for an API, each as `kind name` (`struct User`, `field
/// User.display_name`, `enum Color`, `variant Color.Red`, `fn get_user`, `feature intune`),
/// sorted, duplicates kept: what the views hand the templates, so a test can check that the
/// rendered text declares these and nothing else, whatever the docs text held.
pub fn declared(api: &Api) -> Vec<String> {
    let areas = Areas::new(api);
    let names = Names::new(api, &areas);
    let mut items = Vec::new();
    let push_struct = |items: &mut Vec<String>, s: &StructView, odata_type: bool| {
        items.push(format!("struct {}", s.name));
        if odata_type {
            items.push(format!("field {}.odata_type", s.name));
        }
        items.extend(
            s.fields
                .iter()
                .map(|f| format!("field {}.{}", s.name, f.ident.trim_start_matches("r#"))),
        );
        items.push(format!("field {}.additional_properties", s.name));
    };
    for view in models_files(api, &names, &areas)
        .values()
        .map(|file| models_view(file, &names))
    {
        for s in &view.structs {
            push_struct(&mut items, s, true);
        }
        for e in &view.enums {
            items.push(format!("enum {}", e.name));
            items.extend(
                e.variants
                    .iter()
                    .map(|v| format!("variant {}.{}", e.name, v.ident.trim_start_matches("r#"))),
            );
            items.push(format!("variant {}.Other", e.name));
        }
    }
    for view in endpoints_files(api)
        .into_iter()
        .map(|(area, operations)| endpoints_view(area, &operations, &names))
    {
        for s in &view.bodies {
            push_struct(&mut items, s, false);
        }
        for q in &view.queries {
            items.push(format!("struct {}", q.name));
            items.extend(
                q.fields
                    .iter()
                    .map(|f| format!("field {}.{}", q.name, f.ident.trim_start_matches("r#"))),
            );
        }
        items.extend(
            view.functions
                .iter()
                .map(|f| format!("fn {}", f.name.trim_start_matches("r#"))),
        );
    }
    items.extend(
        areas
            .cargo_features()
            .into_iter()
            .map(|(name, _)| format!("feature {name}")),
    );
    items.sort();
    items
}

#[derive(Template)]
#[template(path = "Cargo.toml.txt", escape = "none")]
struct CargoToml<'a> {
    features: Vec<FeatureLine>,
    crate_name: &'a str,
    crate_version: &'a str,
    description: &'a str,
    docs_note: &'a str,
    metadata: Vec<String>,
    /// The shared crate's `[dependencies]` line, or nothing.
    shared_dependency: String,
}

#[derive(Template)]
#[template(path = "SharedCargo.toml.txt", escape = "none")]
struct SharedCargoToml<'a> {
    crate_name: &'a str,
    crate_version: &'a str,
    description: &'a str,
    docs_note: &'a str,
    metadata: Vec<String>,
}

#[derive(Template)]
#[template(path = "SharedReadme.md.txt", escape = "none")]
struct SharedReadme<'a> {
    crate_name: &'a str,
    main_crate: &'a str,
    version: &'a str,
    docs_note: &'a str,
    /// `12 types`.
    types: String,
    /// `3 enums`.
    enums: String,
}

#[derive(Template)]
#[template(path = "crate/shared_lib.rs", escape = "none")]
struct SharedLibRs<'a> {
    main_crate: &'a str,
}

#[derive(Template)]
#[template(path = "README.md.txt", escape = "none")]
struct Readme<'a> {
    crate_name: &'a str,
    /// The shared crate's name, or nothing.
    shared_crate: &'a str,
    crate_ident: &'a str,
    description: &'a str,
    docs_note: &'a str,
    version: &'a str,
    /// `12 types`.
    types: String,
    /// `3 enums`.
    enums: String,
    /// `1 operation`.
    operations: String,
    /// `#[cfg(feature = "…")]` of the example's area, or nothing.
    example_cfg: String,
    example_code: String,
}

#[derive(Template)]
#[template(path = "crate/lib.rs", escape = "none")]
struct LibRs<'a> {
    service_root: &'a str,
    /// The shared crate's name in Rust paths, or nothing: the crate then holds `members` itself.
    shared_crate_ident: &'a str,
}

#[derive(Template)]
#[template(path = "crate/request.rs", escape = "none")]
struct RequestRs;

#[derive(Template)]
#[template(path = "crate/client.rs", escape = "none")]
struct ClientRs;

#[derive(Template)]
#[template(path = "crate/members.rs", escape = "none")]
struct MembersRs;

#[derive(Template)]
#[template(path = "crate/retry.rs", escape = "none")]
struct RetryRs;

#[derive(Template)]
#[template(path = "crate/batch.rs", escape = "none")]
struct BatchRs;

#[derive(Template)]
#[template(path = "crate/upload.rs", escape = "none")]
struct UploadRs;

/// The client runtime's tests, the same in every crate.
#[derive(Template)]
#[template(path = "crate/client_tests.rs", escape = "none")]
struct ClientTestsRs<'a> {
    crate_ident: &'a str,
}

/// A models file (printed by [`super::rust_print::models_file`]).
pub(super) struct ModelsView {
    pub(super) module_docs: Vec<DocLine>,
    pub(super) submodules: Vec<String>,
    pub(super) structs: Vec<StructView>,
    pub(super) enums: Vec<EnumView>,
}

pub(super) struct StructView {
    pub(super) docs: Vec<DocLine>,
    pub(super) name: String,
    pub(super) qualified_name: DocLine,
    /// A model's `odata_type` field (`@odata.type`); request bodies have none.
    pub(super) odata_type: bool,
    pub(super) fields: Vec<FieldView>,
}

impl StructView {
    /// Whether a field is `#[deprecated]`, so the impls that touch every field allow it.
    pub(super) fn has_deprecated(&self) -> bool {
        self.fields.iter().any(|f| f.deprecated)
    }
}

pub(super) struct FieldView {
    pub(super) docs: Vec<DocLine>,
    pub(super) json_name: RustStr,
    pub(super) ident: String,
    pub(super) rust_type: String,
    /// The docs write `(deprecated)` after the property's name.
    pub(super) deprecated: bool,
}

pub(super) struct EnumView {
    pub(super) docs: Vec<DocLine>,
    pub(super) name: String,
    pub(super) variants: Vec<VariantView>,
}

pub(super) struct VariantView {
    pub(super) docs: Vec<DocLine>,
    pub(super) ident: String,
    pub(super) json_name: RustStr,
}

/// An endpoints file (printed by [`super::rust_print::endpoints_file`]).
pub(super) struct EndpointsView {
    pub(super) area: DocLine,
    pub(super) bodies: Vec<StructView>,
    pub(super) queries: Vec<QueryView>,
    pub(super) functions: Vec<FunctionView>,
}

pub(super) struct QueryView {
    pub(super) function: String,
    pub(super) name: String,
    pub(super) fields: Vec<QueryFieldView>,
}

pub(super) struct QueryFieldView {
    pub(super) doc: DocLine,
    pub(super) ident: String,
    pub(super) rust_type: String,
}

pub(super) struct FunctionView {
    pub(super) docs: Vec<DocLine>,
    pub(super) name: String,
    pub(super) params: Vec<String>,
    pub(super) response_type: String,
    /// The path: a string literal, with `{}` for each parameter when there are any.
    pub(super) path: String,
    /// The `format!` arguments that fill the path's parameters; none, and the path is a plain
    /// literal (a `format!` without arguments is clippy's `useless_format` in the users'
    /// workspace).
    pub(super) path_args: Vec<String>,
    /// The documented path as a string literal, its parameters unfilled (`"/users/{id}"`): what
    /// the client's tracing span records instead of the concrete path and its ids.
    pub(super) template: String,
    pub(super) method: String,
    pub(super) body_call: String,
    pub(super) query: Vec<QueryStatement>,
}

/// Rust names of the API's types, decided once for every file.
pub(super) struct Names<'a> {
    api: &'a Api,
    areas: &'a Areas,
    /// Qualified name → (module, type ident).
    types: BTreeMap<&'a str, (String, String)>,
    /// Name → field ident ([`field_ident`]), for every property and path parameter of the
    /// API: a name comes up in every type that has or inherits it (in every operation on the
    /// path), and each case conversion is costly.
    field_idents: HashMap<&'a str, String>,
}

impl<'a> Names<'a> {
    pub(super) fn new(api: &'a Api, areas: &'a Areas) -> Names<'a> {
        let mut types = BTreeMap::new();
        let all = api
            .types
            .keys()
            .map(|k| (k.as_str(), "Type"))
            .chain(api.enums.keys().map(|k| (k.as_str(), "Enum")));
        let mut all: Vec<_> = all.collect();
        all.sort();
        let root_area_modules: BTreeSet<String> = all
            .iter()
            .filter(|(q, _)| crate::ir::namespace(q) == ROOT_NAMESPACE)
            .map(|(q, _)| areas.ident(areas.of_type(q)))
            .collect();
        // The case conversions, on every thread; only the choice among equal names below
        // depends on the names before.
        let converted: Vec<(&str, &str, String, String)> = all
            .into_par_iter()
            .map(|(qualified, kind)| {
                let mut module = module_of(crate::ir::namespace(qualified));
                // `models/mod.rs` declares namespace modules and the root namespace's area
                // modules side by side: a namespace module may not take one of those names.
                if root_area_modules.contains(&module) {
                    module.push_str("_ns");
                }
                let base = type_ident(crate::ir::short_name(qualified));
                (qualified, kind, module, base)
            })
            .collect();
        // Each module's idents so far, and the next number to try for a name taken more than
        // twice, so many equal names stay linear.
        let mut taken: HashMap<String, HashSet<String>> = HashMap::new();
        let mut next_number: HashMap<(String, String), usize> = HashMap::new();
        for (qualified, kind, module, base) in converted {
            let in_module = taken.entry(module.clone()).or_default();
            // A type named like a prelude item would shadow it in its module (`Option<String>`
            // on every field), so it takes its kind as a suffix: `OptionType`.
            let mut ident = if in_module.contains(&base) || PRELUDE.contains(&base.as_str()) {
                format!("{base}{kind}")
            } else {
                base.clone()
            };
            if in_module.contains(&ident) {
                let n = next_number
                    .entry((module.clone(), format!("{base}{kind}")))
                    .or_insert(2);
                while in_module.contains(&ident) {
                    ident = format!("{base}{kind}{n}");
                    *n += 1;
                }
            }
            in_module.insert(ident.clone());
            types.insert(qualified, (module, ident));
        }
        let named: HashSet<&str> = api
            .types
            .values()
            .flat_map(|t| t.properties.iter().map(|p| p.name.as_str()))
            .chain(
                api.operations
                    .values()
                    .flat_map(|op| op.path_params.iter().map(|p| p.name.as_str())),
            )
            .collect();
        let field_idents = named
            .into_par_iter()
            .map(|name| (name, field_ident(name)))
            .collect();
        Names {
            api,
            areas,
            types,
            field_idents,
        }
    }

    /// [`field_ident`] of a property or path parameter name, looked up when the API has it.
    fn field_ident(&self, name: &str) -> String {
        self.field_idents
            .get(name)
            .cloned()
            .unwrap_or_else(|| field_ident(name))
    }

    /// The path of a type from anywhere in the crate.
    pub(super) fn type_path(&self, qualified: &str) -> Option<String> {
        let (module, ident) = self.types.get(qualified)?;
        Some(match module.as_str() {
            "" => format!("crate::models::{ident}"),
            m => format!("crate::models::{m}::{ident}"),
        })
    }

    /// The path of `actual` when it is a type derived from `declared` (a named type).
    pub(super) fn derived_type_path(&self, declared: &TypeExpr, actual: &str) -> Option<String> {
        let TypeExpr::Named(declared) = declared else {
            return None;
        };
        let mut current = self.api.types.get(actual)?;
        if current.qualified_name == *declared {
            return None;
        }
        for _ in 0..32 {
            let base = current.base.as_deref()?;
            if base == declared {
                return self.type_path(actual);
            }
            current = self.api.types.get(base)?;
        }
        None
    }

    /// Whether a value of this type is a generated struct. A single-valued struct field is
    /// boxed: Graph's models nest deeply (`sharedDriveItem` → `driveItem` → `listItem` → ...),
    /// and nested inline they grow to tens of kilobytes, enough to overflow a thread's stack
    /// while serde reads them in a debug build; boxing also gives self-referencing types a size.
    fn is_struct(&self, ty: &TypeExpr) -> bool {
        matches!(ty, TypeExpr::Named(name) if self.api.types.contains_key(name))
    }

    /// Whether a named type (or a base of it) is open.
    pub(super) fn is_open(&self, ty: &TypeExpr) -> bool {
        let TypeExpr::Named(name) = ty else {
            return false;
        };
        let mut current = self.api.types.get(name.as_str());
        for _ in 0..32 {
            match current {
                Some(t) if t.open => return true,
                Some(t) => current = t.base.as_deref().and_then(|b| self.api.types.get(b)),
                None => return false,
            }
        }
        false
    }

    /// The Rust type of a value (without the `Option` models add).
    pub(super) fn rust_type(&self, ty: &TypeExpr, collection: bool, boxed: bool) -> String {
        let inner = match ty {
            TypeExpr::Primitive(p) => primitive_type(*p).to_string(),
            TypeExpr::Named(name) => self
                .type_path(name)
                .unwrap_or_else(|| "serde_json::Value".to_string()),
            TypeExpr::Json => "serde_json::Value".to_string(),
        };
        if collection {
            format!("Vec<{inner}>")
        } else if boxed {
            format!("Box<{inner}>")
        } else {
            inner
        }
    }

    /// Fields for properties of a type (or an action's parameters) in `owner_area`.
    fn fields(&self, owner_area: &str, properties: &[&Property]) -> Vec<FieldView> {
        let mut names = BTreeSet::new();
        // One field per member name: reading matches on the names, where a second would be an
        // unreachable arm.
        let properties: Vec<&&Property> = properties
            .iter()
            .filter(|p| p.name != "@odata.type" && names.insert(p.name.as_str()))
            .collect();
        let mut idents = unique_names(
            properties
                .iter()
                .enumerate()
                .map(|(i, p)| (i, self.field_ident(&p.name))),
            &["odata_type", "additional_properties"],
            "_",
        );
        properties
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let ident = idents.remove(&i).unwrap_or_default();
                let boxed = self.is_struct(&p.ty);
                let mut docs = doc_lines(&p.description);
                let rust_type = if let Some(target) = self.areas.untyped_relationship(owner_area, p) {
                    docs.push(DocLine::blank());
                    docs.push(DocLine::text(&format!(
                        "A relationship to `{target}` (area `{}`), kept as JSON so this area does not need that one.",
                        self.areas.of_type(&target)
                    )));
                    self.rust_type(&TypeExpr::Json, p.collection, false)
                } else {
                    self.rust_type(&p.ty, p.collection, boxed)
                };
                FieldView { docs, json_name: RustStr::new(&p.name), ident, rust_type, deprecated: p.deprecated }
            })
            .collect()
    }

    fn struct_view(&self, ty: &'a TypeDef) -> StructView {
        let properties = self.api.all_properties(ty);
        let mut docs = doc_lines(&ty.description);
        if !docs.is_empty() {
            docs.push(DocLine::blank());
        }
        docs.push(DocLine::text(&format!(
            "`{}`{}",
            ty.qualified_name,
            match &ty.base {
                Some(base) => format!(", derived from `{base}` (its fields come first)"),
                None => String::new(),
            }
        )));
        if ty.open {
            docs.push(DocLine::text(
                "An open type: members the docs do not list are kept in `additional_properties`.",
            ));
        }
        docs.push(DocLine::text(&format!(
            "Documented in `{}` line {}.",
            ty.location.path, ty.location.line
        )));
        StructView {
            docs,
            name: self.types[ty.qualified_name.as_str()].1.clone(),
            qualified_name: DocLine::text(&ty.qualified_name),
            odata_type: true,
            fields: self.fields(self.areas.of_type(&ty.qualified_name), &properties),
        }
    }
}

fn module_of(namespace: &str) -> String {
    if namespace == ROOT_NAMESPACE {
        String::new()
    } else {
        module_ident(namespace)
    }
}

fn primitive_type(p: Primitive) -> &'static str {
    match p {
        Primitive::Boolean => "bool",
        Primitive::Byte => "u8",
        Primitive::SByte => "i8",
        Primitive::Int16 => "i16",
        Primitive::Int32 => "i32",
        Primitive::Int64 => "i64",
        Primitive::Single => "f32",
        Primitive::Double | Primitive::Decimal => "f64",
        Primitive::Json => "serde_json::Value",
        // Dates, times, durations, GUIDs and base64 data travel as strings.
        Primitive::String
        | Primitive::Guid
        | Primitive::DateTimeOffset
        | Primitive::Date
        | Primitive::TimeOfDay
        | Primitive::Duration
        | Primitive::Binary
        | Primitive::Stream => "String",
    }
}

/// What one model file declares: its area and namespace, and the types and enums it holds, in
/// the API's order. Its view is built only when the file is printed ([`models_view`]).
struct ModelsFile<'a> {
    area: &'a str,
    namespace: &'a str,
    types: Vec<&'a TypeDef>,
    enums: Vec<&'a EnumDef>,
}

impl<'a> ModelsFile<'a> {
    fn new(area: &'a str, namespace: &'a str) -> Self {
        ModelsFile {
            area,
            namespace,
            types: Vec::new(),
            enums: Vec::new(),
        }
    }
}

/// Model files: one per (namespace module, area), keyed by file path under `src/models/`.
fn models_files<'a>(
    api: &'a Api,
    names: &Names<'_>,
    areas: &'a Areas,
) -> BTreeMap<String, ModelsFile<'a>> {
    let mut files: BTreeMap<String, ModelsFile<'a>> = BTreeMap::new();
    let file = |module: &str, area: &str| match module {
        "" => format!("{}.rs", area_module("models", areas.ident(area))),
        m => format!(
            "{m}/{}.rs",
            area_module(m.rsplit('/').next().unwrap_or(m), areas.ident(area))
        ),
    };
    let key = |name: &str| {
        let area = areas.of_type(name);
        (file(&names.types[name].0, area), area)
    };
    for ty in api.types.values() {
        let (key, area) = key(&ty.qualified_name);
        files
            .entry(key)
            .or_insert_with(|| ModelsFile::new(area, ty.namespace()))
            .types
            .push(ty);
    }
    for e in api.enums.values() {
        let (key, area) = key(&e.qualified_name);
        files
            .entry(key)
            .or_insert_with(|| ModelsFile::new(area, crate::ir::namespace(&e.qualified_name)))
            .enums
            .push(e);
    }
    files
}

/// The view of one model file.
fn models_view(file: &ModelsFile<'_>, names: &Names<'_>) -> ModelsView {
    let enums = file.enums.iter().map(|e| {
        let mut docs = doc_lines(&e.description);
        if !docs.is_empty() {
            docs.push(DocLine::blank());
        }
        docs.push(DocLine::text(&format!(
            "`{}`. Documented in `{}` line {}.",
            e.qualified_name, e.location.path, e.location.line
        )));
        docs.extend(evolvable_note(e));
        let variants = e
            .members
            .iter()
            .zip(enum_variant_idents(&e.members))
            .map(|(m, ident)| {
                let mut docs = doc_lines(&m.description);
                if let Some(value) = m.value {
                    docs.push(DocLine::text(&format!("Value {value}.")));
                }
                VariantView {
                    docs,
                    ident,
                    json_name: RustStr::new(&m.name),
                }
            })
            .collect();
        EnumView {
            docs,
            name: names.types[e.qualified_name.as_str()].1.clone(),
            variants,
        }
    });
    ModelsView {
        module_docs: vec![DocLine::text(&format!(
            "Types of the `{}` namespace in the `{}` area.",
            file.namespace, file.area
        ))],
        submodules: Vec::new(),
        structs: file.types.iter().map(|ty| names.struct_view(ty)).collect(),
        enums: enums.collect(),
    }
}

/// `mod.rs` files, keyed by path relative to the output folder: each namespace module declares
/// its submodules and its area files, each area behind its cargo feature when the crate has
/// features. With a shared crate, the `shared` area's files are declared there, and the crate's
/// namespace module re-exports them.
fn module_views(
    model_files: &BTreeMap<String, ModelsFile<'_>>,
    areas: &Areas,
    endpoint_areas: &BTreeSet<String>,
    crate_name: &str,
    shared_crate: Option<&SharedCrate>,
) -> BTreeMap<String, ModView> {
    /// Declares `module` in the crate folder `krate`: its `mod.rs`, and its name in `models`.
    fn declare<'m>(
        mods: &'m mut BTreeMap<String, ModView>,
        krate: &str,
        module: &str,
    ) -> &'m mut ModView {
        let mod_rs = |module: &str| match module {
            "" => format!("{krate}/src/models/mod.rs"),
            m => format!("{krate}/src/models/{m}/mod.rs"),
        };
        let docs = match module {
            "" => format!(
                "Types of the `{ROOT_NAMESPACE}` namespace; other namespaces are submodules."
            ),
            m => format!("Types of the `microsoft.graph.{m}` namespace."),
        };
        if !module.is_empty() {
            let root = declare(mods, krate, "");
            if !root.submodules.iter().any(|s| s == module) {
                root.submodules.push(module.to_string());
            }
        }
        mods.entry(mod_rs(module))
            .or_insert_with(|| ModView::new(docs))
    }
    let mut mods: BTreeMap<String, ModView> = BTreeMap::new();
    declare(&mut mods, crate_name, "");
    if let Some(shared) = shared_crate {
        // Its `lib.rs` declares `models`, whether or not the shared area holds any type.
        declare(&mut mods, &shared.name, "");
    }
    for (file, model) in model_files {
        let (module, area_file) = match file.rsplit_once('/') {
            Some((m, f)) => (m, f),
            None => ("", file.as_str()),
        };
        let area = AreaMod {
            cfg: areas.cfg(model.area),
            ident: area_file.trim_end_matches(".rs").to_string(),
        };
        match shared_crate {
            Some(shared) if model.area == super::areas::SHARED => {
                declare(&mut mods, &shared.name, module).areas.push(area);
                let path = match module {
                    "" => format!("{}::models", shared.ident),
                    m => format!("{}::models::{}", shared.ident, m.replace('/', "::")),
                };
                declare(&mut mods, crate_name, module).reexports.push(path);
            }
            _ => declare(&mut mods, crate_name, module).areas.push(area),
        }
    }
    let endpoints = mods
        .entry(format!("{crate_name}/src/endpoints/mod.rs"))
        .or_insert_with(|| ModView::new("Endpoint functions: one per documented method and path. Each builds a [`crate::Request`] and sends nothing; give it to `Client::send` (feature `client`) or to your own HTTP stack.".to_string()));
    for area in endpoint_areas {
        endpoints.areas.push(AreaMod {
            cfg: areas.cfg(area),
            ident: area_module("endpoints", areas.ident(area)),
        });
    }
    mods
}

/// The private module holding an area's items inside the module `parent`, which re-exports them:
/// named after the area, unless that is `parent`'s own name (`models::ediscovery::ediscovery`,
/// clippy's `module_inception`), then suffixed.
fn area_module(parent: &str, area_ident: String) -> String {
    if area_ident == parent {
        format!("{area_ident}_area")
    } else {
        area_ident
    }
}

/// A `mod.rs` (printed by [`super::rust_print::mod_file`]).
pub(super) struct ModView {
    pub(super) docs: Vec<DocLine>,
    pub(super) submodules: Vec<String>,
    /// Modules of the shared crate whose items this module re-exports.
    pub(super) reexports: Vec<String>,
    pub(super) areas: Vec<AreaMod>,
}

impl ModView {
    fn new(docs: String) -> Self {
        ModView {
            docs: vec![DocLine::text(&docs)],
            submodules: Vec::new(),
            reexports: Vec::new(),
            areas: Vec::new(),
        }
    }
}

pub(super) struct AreaMod {
    /// `#[cfg(feature = "x")]`, or nothing when the crate has no area features.
    pub(super) cfg: String,
    pub(super) ident: String,
}

struct FeatureLine {
    name: String,
    deps: String,
}

/// The Rust type of an operation's response.
pub(super) fn response_type(op: &Operation, names: &Names<'_>) -> String {
    let Some(body) = &op.response.body else {
        return "()".to_string();
    };
    let value = names.rust_type(&body.ty, false, false);
    match names.api.response_shape(body) {
        ResponseShape::Object => value,
        ResponseShape::Collection => format!("Collection<{value}>"),
        ResponseShape::Wrapped => format!("ValueResponse<{value}>"),
        ResponseShape::Raw => "Binary".to_string(),
    }
}

/// The Rust type of an operation's request body.
pub(super) fn body_type(op: &Operation, names: &Names<'_>) -> Option<String> {
    match op.body.as_ref()? {
        Body::Value { ty, collection } => Some(names.rust_type(ty, *collection, false)),
        Body::Parameters(_) => Some(format!("{}Body", pascal_case(&op.name))),
    }
}

pub(super) fn query_struct_name(op: &Operation) -> String {
    format!("{}Query", pascal_case(&op.name))
}

/// Argument names of an operation's path parameters, in path order.
fn path_arg_idents(op: &Operation, names: &Names<'_>) -> Vec<String> {
    let idents = unique_names(
        op.path_params
            .iter()
            .enumerate()
            .map(|(i, p)| (i, names.field_ident(&p.name))),
        &["body", "query", "request", "path", "content_type"],
        "_",
    );
    idents.into_values().collect()
}

/// One field of an operation's query struct.
pub(super) struct QueryField {
    pub(super) ident: String,
    pub(super) rust_type: String,
    pub(super) doc: String,
    /// How the function adds the field to `request`.
    pub(super) statement: QueryStatement,
}

/// A statement that adds a query field to `request`, under a condition when the field is
/// optional: `if {condition} { {statement} }`.
pub(super) struct QueryStatement {
    pub(super) condition: Option<String>,
    pub(super) statement: String,
}

fn odata_field(option: QueryOption) -> (&'static str, &'static str, &'static str) {
    match option {
        QueryOption::Select => (
            "select",
            "Vec<String>",
            "`$select`: the properties to return.",
        ),
        QueryOption::Expand => (
            "expand",
            "Vec<String>",
            "`$expand`: the relationships to include.",
        ),
        QueryOption::Filter => (
            "filter",
            "Option<String>",
            "`$filter`: an OData filter expression.",
        ),
        QueryOption::OrderBy => (
            "orderby",
            "Vec<String>",
            "`$orderby`: properties to sort by, each optionally followed by `desc`.",
        ),
        QueryOption::Top => ("top", "Option<u32>", "`$top`: the page size."),
        QueryOption::Skip => ("skip", "Option<u32>", "`$skip`: how many items to skip."),
        QueryOption::Search => (
            "search",
            "Option<String>",
            "`$search`: a search expression.",
        ),
        QueryOption::Count => (
            "count",
            "Option<bool>",
            "`$count`: include the total count of items.",
        ),
    }
}

/// What the enum does with members it does not list, and, when the docs list the sentinel
/// `unknownFutureValue` (an evolvable enum), how to ask the service for the members after it.
fn evolvable_note(e: &crate::ir::EnumDef) -> Vec<DocLine> {
    let mut docs = vec![
        DocLine::blank(),
        DocLine::text(
            "Members this crate does not list are kept: they read as `Other` with their name and write back unchanged.",
        ),
    ];
    if e.members.iter().any(|m| m.name == "unknownFutureValue") {
        docs.push(DocLine::blank());
        docs.push(DocLine::text(
            "An evolvable enum: the service sends members added after `unknownFutureValue` only to requests with the header `Prefer: include-unknown-enum-members`, and `unknownFutureValue` in their place otherwise.",
        ));
    }
    docs
}

/// The query struct's fields, in the order the function adds them to the request: the OData
/// options, then the operation's own parameters (required ones are not `Option`s).
pub(super) fn query_fields(op: &Operation) -> Vec<QueryField> {
    let mut fields: Vec<QueryField> = op
        .query_options
        .iter()
        .map(|option| {
            let (ident, ty, doc) = odata_field(*option);
            let key = option.key();
            let statement = if ty.starts_with("Vec") {
                QueryStatement {
                    condition: Some(format!("!query.{ident}.is_empty()")),
                    statement: format!(
                        "request = request.with_query(\"{key}\", query.{ident}.join(\",\"));"
                    ),
                }
            } else {
                QueryStatement {
                    condition: Some(format!("let Some(value) = &query.{ident}")),
                    statement: format!(
                        "request = request.with_query(\"{key}\", value.to_string());"
                    ),
                }
            };
            QueryField {
                ident: ident.to_string(),
                rust_type: ty.to_string(),
                doc: doc.to_string(),
                statement,
            }
        })
        .collect();
    let odata: Vec<&str> = QueryOption::ALL.iter().map(|o| odata_field(*o).0).collect();
    let mut idents = unique_names(
        op.query_params
            .iter()
            .enumerate()
            .map(|(i, p)| (i, field_ident(&p.name))),
        &odata,
        "_",
    );
    for (i, param) in op.query_params.iter().enumerate() {
        let ident = idents.remove(&i).unwrap_or_default();
        let value_type = primitive_type(param.ty);
        let key = string_literal(&param.name);
        let (rust_type, statement) = if param.required {
            (
                value_type.to_string(),
                QueryStatement {
                    condition: None,
                    statement: format!(
                        "request = request.with_query({key}, query.{ident}.to_string());"
                    ),
                },
            )
        } else {
            (
                format!("Option<{value_type}>"),
                QueryStatement {
                    condition: Some(format!("let Some(value) = &query.{ident}")),
                    statement: format!("request = request.with_query({key}, value.to_string());"),
                },
            )
        };
        let mut doc = format!(
            "`{}`{}",
            param.name,
            if param.required { " (required)" } else { "" }
        );
        if !param.description.is_empty() {
            doc.push_str(": ");
            doc.push_str(
                &doc_lines(&param.description)
                    .iter()
                    .map(DocLine::as_str)
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
        fields.push(QueryField {
            ident,
            rust_type,
            doc,
            statement,
        });
    }
    fields
}

/// The operations of each endpoint file, keyed by area, in the API's order.
fn endpoints_files(api: &Api) -> BTreeMap<&str, Vec<&Operation>> {
    let mut files: BTreeMap<&str, Vec<&Operation>> = BTreeMap::new();
    for op in api.operations.values() {
        files.entry(op.area.as_str()).or_default().push(op);
    }
    files
}

/// The view of one area's endpoint file.
fn endpoints_view(area: &str, operations: &[&Operation], names: &Names<'_>) -> EndpointsView {
    let mut view = EndpointsView {
        area: DocLine::text(area),
        bodies: Vec::new(),
        queries: Vec::new(),
        functions: Vec::new(),
    };
    for op in operations {
        let (bodies, queries, functions) =
            (&mut view.bodies, &mut view.queries, &mut view.functions);
        if let Some(Body::Parameters(params)) = &op.body {
            let refs: Vec<&Property> = params.iter().collect();
            let mut fields = names.fields(&op.area, &refs);
            fields.retain(|f| f.ident != "odata_type");
            bodies.push(StructView {
                docs: vec![DocLine::text(&format!(
                    "The parameters of [`{}`].",
                    op.name
                ))],
                name: format!("{}Body", pascal_case(&op.name)),
                qualified_name: DocLine::blank(),
                odata_type: false,
                fields,
            });
        }
        if op.has_query() {
            queries.push(QueryView {
                function: op.name.clone(),
                name: query_struct_name(op),
                fields: query_fields(op)
                    .into_iter()
                    .map(|f| QueryFieldView {
                        doc: DocLine::text(&f.doc),
                        ident: f.ident,
                        rust_type: f.rust_type,
                    })
                    .collect(),
            });
        }
        functions.push(function_view(op, names));
    }
    view
}

fn function_view(op: &Operation, names: &Names<'_>) -> FunctionView {
    let path_args = path_arg_idents(op, names);
    let mut params: Vec<String> = path_args.iter().map(|a| format!("{a}: &str")).collect();
    if op.uploads_stream() {
        params.push("content_type: &str".to_string());
        params.push("body: Vec<u8>".to_string());
    } else if let Some(body) = body_type(op, names) {
        params.push(format!("body: &{body}"));
    }
    if op.has_query() {
        params.push(format!("query: &{}", query_struct_name(op)));
    }
    let mut format = String::new();
    let mut depth = 0;
    for c in op.path.chars() {
        match c {
            '{' => {
                depth += 1;
                format.push_str("{}");
            }
            '}' => depth -= 1,
            _ if depth > 0 => {}
            c => format.push(c),
        }
    }
    FunctionView {
        docs: function_docs(op),
        name: op.name.clone(),
        params,
        response_type: response_type(op, names),
        path: string_literal(&format),
        path_args: path_args
            .iter()
            .map(|a| format!("encode_path_segment({a})"))
            .collect(),
        template: string_literal(&op.path),
        method: pascal_case(op.method.as_str()),
        body_call: match &op.body {
            Some(_) if op.uploads_stream() => ".with_bytes(content_type, body)".to_string(),
            Some(_) => ".with_json(body)".to_string(),
            None => String::new(),
        },
        query: query_fields(op).into_iter().map(|f| f.statement).collect(),
    }
}

fn function_docs(op: &Operation) -> Vec<DocLine> {
    let mut docs = doc_lines(&op.summary);
    if !op.description.is_empty() && op.description != op.summary {
        docs.push(DocLine::blank());
        docs.extend(doc_lines(&op.description));
    }
    docs.push(DocLine::blank());
    docs.push(DocLine::text(&format!(
        "`{} {}` → {}",
        op.method.as_str(),
        op.path,
        match op.response.status {
            204 => "`204 No Content`".to_string(),
            s => format!("`{s}`"),
        }
    )));
    docs.extend(permission_docs(&op.permissions));
    let standard = ["authorization", "content-type", "content-length", "accept"];
    let headers: Vec<String> = op
        .headers
        .iter()
        .filter(|h| !standard.contains(&h.name.to_ascii_lowercase().as_str()))
        .map(|h| {
            format!(
                "`{}`{}",
                h.name,
                if h.required { " (required)" } else { "" }
            )
        })
        .collect();
    if !headers.is_empty() {
        docs.push(DocLine::blank());
        docs.push(DocLine::text(&format!(
            "Headers the page documents (set them with `Request::with_header`): {}.",
            headers.join(", ")
        )));
    }
    docs.push(DocLine::blank());
    docs.push(DocLine::text(&format!(
        "Documented in `{}` line {}.",
        op.location.path, op.location.line
    )));
    docs
}

/// "Permissions (one of):" and a line per kind: "least privileged: `A`; higher: `B`, `C`".
fn permission_docs(p: &crate::ir::Permissions) -> Vec<DocLine> {
    use crate::ir::PermissionKind;
    let quoted = |scopes: Vec<&str>| match scopes.is_empty() {
        true => "none listed".to_string(),
        false => scopes
            .iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", "),
    };
    let mut docs = Vec::new();
    for kind in PermissionKind::ALL
        .into_iter()
        .filter(|&k| !p.scopes(k).is_empty())
    {
        if docs.is_empty() {
            docs.push(DocLine::blank());
            docs.push(DocLine::text("Permissions (one of):"));
        }
        let (least, higher) = (p.least(kind), p.higher_privileged(kind));
        let mut line = format!("- {}: least privileged: {}", kind.label(), quoted(least));
        if !higher.is_empty() {
            line.push_str(&format!("; higher: {}", quoted(higher)));
        }
        docs.push(DocLine::text(&line));
    }
    docs
}

/// A call of an operation's function with placeholder arguments, for the README.
fn call_with_defaults(op: &Operation, crate_ident: &str) -> String {
    // The README is the crate's doc, so this call is a doctest: the name goes in a literal.
    let mut args: Vec<String> = op
        .path_params
        .iter()
        .map(|p| string_literal(&format!("<{}>", p.name)))
        .collect();
    if op.body.is_some() {
        args.push("&Default::default()".to_string());
    }
    if op.has_query() {
        args.push("&Default::default()".to_string());
    }
    format!("{crate_ident}::endpoints::{}({})", op.name, args.join(", "))
}
