//! The two seed pages in ../shared/seeds, exactly as the pipeline issue specifies them.

use docgen::diagnostics::{Diagnostic, Severity};
use docgen::ir::{Body, TypeExpr};
use docgen::request_line::Method;
use docgen::typeref::Primitive;
use serde_yaml::Value;
use std::path::PathBuf;

fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds")
}

fn generate() -> docgen::Generated {
    let pages = docgen::files::read_pages(&[seeds_dir()]).expect("../shared/seeds is readable");
    let config = docgen::Config {
        link: docgen::link::LinkConfig::default(),
        krate: docgen::render::rust::CrateConfig {
            crate_name: "seeds".into(),
            crate_version: "0.1.0".into(),
            description: "seeds".into(),
            docs_note: "seeds".into(),
            metadata: Default::default(),
        },
        title: "seeds".into(),
    };
    docgen::generate(&pages, &config).expect("renders")
}

const RUN_SUMMARY: &str = "microsoft.graph.deviceManagementScriptRunSummary";

#[test]
fn four_operations_with_their_parameters_bodies_and_responses() {
    let generated = generate();
    let api = &generated.analysis.api;
    let mut found: Vec<(Method, &str, Vec<&str>, u16, bool)> = api
        .operations
        .values()
        .map(|op| {
            assert_eq!(
                op.body,
                Some(Body::Value {
                    ty: TypeExpr::Named(RUN_SUMMARY.into()),
                    collection: false
                }),
                "{}",
                op.path
            );
            let params = op.path_params.iter().map(|p| p.name.as_str()).collect();
            (
                op.method,
                op.path.as_str(),
                params,
                op.response.status,
                op.response.body.is_some(),
            )
        })
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            (
                Method::Post,
                "/deviceManagement/deviceCustomAttributeShellScripts/{deviceCustomAttributeShellScriptId}/runSummary/$ref",
                vec!["deviceCustomAttributeShellScriptId"],
                204,
                false
            ),
            (
                Method::Patch,
                "/deviceManagement/deviceCustomAttributeShellScripts/{deviceCustomAttributeShellScriptId}/runSummary",
                vec!["deviceCustomAttributeShellScriptId"],
                200,
                true
            ),
            (
                Method::Patch,
                "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/runSummary",
                vec!["deviceManagementScriptId"],
                200,
                true
            ),
            (
                Method::Patch,
                "/deviceManagement/deviceShellScripts/{deviceShellScriptId}/runSummary",
                vec!["deviceShellScriptId"],
                200,
                true
            ),
        ]
    );
    for op in api
        .operations
        .values()
        .filter(|op| op.method == Method::Patch)
    {
        let body = op
            .response
            .body
            .as_ref()
            .expect("PATCH returns the summary");
        assert_eq!(
            (&body.ty, body.collection),
            (&TypeExpr::Named(RUN_SUMMARY.into()), false)
        );
    }
}

#[test]
fn the_run_summary_type_comes_from_the_request_body_table() {
    let generated = generate();
    let ty = &generated.analysis.api.types[RUN_SUMMARY];
    let properties: Vec<(&str, &TypeExpr)> = ty
        .properties
        .iter()
        .map(|p| (p.name.as_str(), &p.ty))
        .collect();
    let int = TypeExpr::Primitive(Primitive::Int32);
    assert_eq!(
        properties,
        [
            ("id", &TypeExpr::Primitive(Primitive::String)),
            ("errorDeviceCount", &int),
            ("errorUserCount", &int),
            ("successDeviceCount", &int),
            ("successUserCount", &int),
        ]
    );
    let models = &generated.files["seeds/src/models/core.rs"];
    for field in [
        "pub id: Option<String>",
        "pub error_device_count: Option<i32>",
        "pub success_user_count: Option<i32>",
    ] {
        assert!(models.contains(field), "missing `{field}` in\n{models}");
    }
    // The field reads and writes the docs' member name.
    for member in [
        "\"errorDeviceCount\" => crate::members::read(&mut self.error_device_count, map)",
        "crate::members::write(&mut map, \"errorDeviceCount\", &self.error_device_count)",
    ] {
        assert!(models.contains(member), "missing `{member}` in\n{models}");
    }
}

#[test]
fn openapi_has_the_schema_operations_and_parameters() {
    let generated = generate();
    let spec: Value = serde_yaml::from_str(&generated.files["openapi.yaml"]).expect("YAML");
    assert_eq!(spec["openapi"], Value::from("3.0.3"));
    let schema = &spec["components"]["schemas"][RUN_SUMMARY];
    let properties = if schema["properties"].is_mapping() {
        &schema["properties"]
    } else {
        &schema["allOf"][1]["properties"]
    };
    assert_eq!(properties["id"]["type"], Value::from("string"));
    for count in [
        "errorDeviceCount",
        "errorUserCount",
        "successDeviceCount",
        "successUserCount",
    ] {
        assert_eq!(properties[count]["type"], Value::from("integer"), "{count}");
        assert_eq!(properties[count]["format"], Value::from("int32"), "{count}");
    }
    let post = &spec["paths"]["/deviceManagement/deviceCustomAttributeShellScripts/{deviceCustomAttributeShellScriptId}/runSummary/$ref"]
        ["post"];
    assert!(post["responses"]["204"].is_mapping());
    assert!(
        post["responses"]["204"]["content"].is_null(),
        "204 has no body"
    );
    assert_eq!(
        post["parameters"][0]["name"],
        Value::from("deviceCustomAttributeShellScriptId")
    );
    assert_eq!(post["parameters"][0]["in"], Value::from("path"));
    let schema_ref = Value::from(format!("#/components/schemas/{RUN_SUMMARY}"));
    assert_eq!(
        post["requestBody"]["content"]["application/json"]["schema"]["$ref"],
        schema_ref
    );
    for parent in [
        "deviceShellScripts/{deviceShellScriptId}",
        "deviceManagementScripts/{deviceManagementScriptId}",
        "deviceCustomAttributeShellScripts/{deviceCustomAttributeShellScriptId}",
    ] {
        let patch =
            &spec["paths"][format!("/deviceManagement/{parent}/runSummary").as_str()]["patch"];
        assert_eq!(
            patch["responses"]["200"]["content"]["application/json"]["schema"]["$ref"], schema_ref,
            "{parent}"
        );
        assert_eq!(
            patch["requestBody"]["content"]["application/json"]["schema"]["$ref"], schema_ref,
            "{parent}"
        );
    }
}

fn warnings<'a>(generated: &'a docgen::Generated, code: &str) -> Vec<(&'a str, u32)> {
    generated
        .analysis
        .diagnostics
        .iter()
        .filter(|d: &&Diagnostic| d.code == code)
        .map(|d| {
            assert_eq!(d.severity, Severity::Warning, "{d:?}");
            (
                d.location.path.rsplit('/').next().unwrap_or(""),
                d.location.line,
            )
        })
        .collect()
}

#[test]
fn warnings_point_at_the_placeholders_and_contradictions() {
    let generated = generate();
    assert!(
        generated
            .analysis
            .diagnostics
            .iter()
            .all(|d| d.severity == Severity::Warning)
    );
    const ADD: &str = "000_bdd6a44e34c6da64.txt";
    const UPDATE: &str = "002_17c9cdfa5428b89c.txt";
    // TODO placeholders: front matter author and ms.prod, three permission cells, the id description.
    let todo = warnings(&generated, "D002");
    for page in [ADD, UPDATE] {
        let lines: Vec<u32> = todo
            .iter()
            .filter(|(p, _)| *p == page)
            .map(|(_, l)| *l)
            .collect();
        let description_line = if page == ADD { 49 } else { 51 };
        assert_eq!(lines, [4, 6, 22, 23, 24, description_line], "{page}");
    }
    assert_eq!(warnings(&generated, "D012"), [(ADD, 93)], "204 with a body");
    assert_eq!(
        warnings(&generated, "D013"),
        [(ADD, 70), (UPDATE, 72), (UPDATE, 94)],
        "\"Integer\" values"
    );
    assert_eq!(
        warnings(&generated, "D014"),
        [(UPDATE, 72)],
        "/v1.0/ against /beta/"
    );
    let version = generated
        .analysis
        .diagnostics
        .iter()
        .find(|d| d.code == "D014")
        .expect("D014");
    assert!(
        version.message.contains("targets `beta`"),
        "{}",
        version.message
    );
    assert_eq!(version.location.col, 34, "the caret points at the version");
    assert_eq!(generated.analysis.api.version, "beta");
}

#[test]
fn the_cli_exits_zero_and_writes_the_crate_and_spec() {
    let out = std::env::temp_dir().join(format!("docgen-seeds-{}", std::process::id()));
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_docgen"))
        .args(["generate"])
        .arg(seeds_dir())
        .arg("--out")
        .arg(&out)
        .stderr(std::process::Stdio::null())
        .status()
        .expect("docgen runs");
    assert_eq!(status.code(), Some(0));
    assert!(out.join("openapi.yaml").is_file());
    assert!(out.join("graph-api/Cargo.toml").is_file());
    assert!(out.join("graph-api/src/endpoints/mod.rs").is_file());
    std::fs::remove_dir_all(&out).expect("cleanup");
}

/// Each endpoint function names its documented path, parameters unfilled, as the request's path
/// template: the client's tracing span records that instead of the concrete path and its ids.
#[test]
fn endpoint_functions_set_the_documented_path_as_template() {
    let generated = generate();
    let endpoints: Vec<&String> = generated
        .files
        .iter()
        .filter(|(path, _)| path.contains("/src/endpoints/") && !path.ends_with("mod.rs"))
        .map(|(_, text)| text)
        .collect();
    assert!(!endpoints.is_empty(), "the seeds render endpoint files");
    for op in generated.analysis.api.operations.values() {
        let head = format!("pub fn {}(", op.name);
        let body = endpoints
            .iter()
            .find_map(|text| {
                let start = text.find(&head)?;
                let len = text[start..].find("\n}\n")?;
                Some(&text[start..start + len])
            })
            .unwrap_or_else(|| panic!("no function {}", op.name));
        assert!(op.path.contains('{'), "{}: a path with parameters", op.path);
        let template = format!("let template = {:?};", op.path);
        assert!(body.contains(&template), "{body}\nlacks {template}");
        let set = body.find(".with_path_template(template)");
        assert!(
            set.is_some_and(|at| at > body.find(&template).unwrap_or(usize::MAX)),
            "{body}"
        );
    }
}
